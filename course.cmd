@echo off
rem The course command, from the Release build (a Debug build of the library runs the notebooks several times slower).
dotnet run --project "%~dp0lib\Course.Cli" -c Release -- %*
