#!/bin/sh
# Installs NVIDIA's runtime compiler (NVRTC) from Debian's non-free archive, so the kit's CUDA kernels can be
# compiled and checked on a machine without a GPU (the KernelCompileTests; `course doctor` then reports NVRTC).
# With --cublas it also installs cuBLAS, which only a machine with a GPU can use.
#
# Usage (as root, on Debian 12 "bookworm" or 13 "trixie"):  sh environment/setup-cuda-nvrtc.sh [--cublas]
# Idempotent: a second run changes nothing.
set -eu

with_cublas=no
[ "${1:-}" = "--cublas" ] && with_cublas=yes

# Enable the contrib and non-free components (NVIDIA's libraries are non-free), in whichever source format is used.
if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    sed -i -E '/^Components:/{/non-free( |$)/!s/$/ contrib non-free/}' /etc/apt/sources.list.d/debian.sources
    sed -i -E '/^Components:/s/ contrib( contrib)+/ contrib/; /^Components:/s/ non-free( non-free)+/ non-free/' /etc/apt/sources.list.d/debian.sources
elif [ -f /etc/apt/sources.list ]; then
    sed -i -E '/^deb .*debian/{/ non-free( |$)/!s/$/ contrib non-free/}' /etc/apt/sources.list
fi
apt-get update

# The newest NVRTC the release packages: trixie has CUDA 12 (libnvrtc12), bookworm CUDA 11.8 (libnvrtc11.2).
pick() {
    for package in "$@"; do
        if apt-cache policy "$package" 2>/dev/null | grep -q 'Candidate: [0-9]'; then echo "$package"; return; fi
    done
}
nvrtc=$(pick libnvrtc12 libnvrtc11.2)
if [ -z "$nvrtc" ]; then
    echo "No NVRTC package in this Debian release's non-free archive; install a CUDA toolkit or: pip install nvidia-cuda-nvrtc-cu12" >&2
    exit 1
fi
packages=$nvrtc
if [ "$with_cublas" = yes ]; then
    cublas=$(pick libcublas12 libcublas11)
    [ -n "$cublas" ] && packages="$packages $cublas"
fi
DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $packages
echo "Installed: $packages"
