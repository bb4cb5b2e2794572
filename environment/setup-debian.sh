#!/usr/bin/env bash
# Installs the optional Debian/Ubuntu packages listed in environment/apt-packages.txt (data sets the loaders find in
# /usr/share/datasets). Run as root or with sudo available; safe to run again.
set -euo pipefail
cd "$(dirname "$0")"
mapfile -t packages < <(sed -e 's/#.*//' -e 's/[[:space:]]//g' apt-packages.txt | grep -v '^$')
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
$sudo apt-get update
$sudo apt-get install -y --no-install-recommends "${packages[@]}"
