@echo off
rem Build entry point on Windows: build.cmd [test|publish|bench|release|deps]. The twin of build.sh.
setlocal enabledelayedexpansion
cd /d "%~dp0"

set RID=win-x64
set PUBLISH_DIR=dist\publish
set TARGET=%~1
if "%TARGET%"=="" set TARGET=test

if /i "%TARGET%"=="test" goto :test
if /i "%TARGET%"=="publish" goto :publish_all
if /i "%TARGET%"=="bench" goto :bench
if /i "%TARGET%"=="release" goto :release
if /i "%TARGET%"=="deps" goto :deps
echo unknown target '%TARGET%'; usage: build.cmd [test^|publish^|bench^|release^|deps] 1>&2
exit /b 64

:test
echo ==^> format check
dotnet format --verify-no-changes || exit /b 1
echo ==^> build (warnings are errors)
dotnet build -c Release --nologo -v quiet || exit /b 1
call :publish_all
if errorlevel 1 (
  echo ==^> tests ^(NativeAOT publish failed - install the "Desktop development with C++" workload; process tests run the JIT build^)
  set OPENCLAW_BIN_DIR=
) else (
  set OPENCLAW_BIN_DIR=%CD%\%PUBLISH_DIR%
  echo ==^> tests ^(process tests run the NativeAOT binaries in !OPENCLAW_BIN_DIR!^)
)
rem The node clients and servers the interop tests drive the runtime with, at the versions package-lock.json pins.
where npm >nul 2>nul
if errorlevel 1 (
  echo ==^> npm not found: tests that need the node packages of OpenClaw.Tests\package.json will be ignored
) else (
  echo ==^> node packages for the interop tests ^(npm ci in OpenClaw.Tests^)
  pushd OpenClaw.Tests
  call npm ci --no-audit --no-fund --ignore-scripts
  if errorlevel 1 (
    popd
    if /i "%CI%"=="true" exit /b 1
    echo warning: npm ci failed; tests that need the node packages will be ignored
  ) else (
    popd
  )
)
if exist OpenClaw.Tests\TestResults rmdir /s /q OpenClaw.Tests\TestResults
dotnet test OpenClaw.Tests -c Release --no-build --nologo --logger "trx;LogFileName=results.trx" --results-directory "%CD%\OpenClaw.Tests\TestResults"
set STATUS=%ERRORLEVEL%
powershell -NoProfile -Command "$c=([xml](Get-Content 'OpenClaw.Tests\TestResults\results.trx')).TestRun.ResultSummary.Counters; Write-Output ('{0} passed, {1} failed, {2} skipped' -f $c.passed, $c.failed, ([int]$c.total - [int]$c.executed))"
exit /b %STATUS%

:publish_all
for %%T in (core edge) do (
  if /i "%%T"=="core" (set PROJECT=OpenClaw.Core) else (set PROJECT=OpenClaw.Edge)
  echo ==^> publish %%T ^(%RID%, NativeAOT^) -^> %PUBLISH_DIR%\%%T-%RID%
  dotnet publish !PROJECT! -c Release -r %RID% -o %PUBLISH_DIR%\%%T-%RID% -p:DebugType=none -p:GenerateDocumentationFile=false --nologo -v quiet || exit /b 1
)
exit /b 0

:bench
echo The benchmark reads /proc for memory figures and runs on Linux only: use ./build.sh bench. 1>&2
exit /b 1

:release
rem Windows stages the win-x64 artifacts as NativeAOT (Linux ones come from ./build.sh release on Linux).
call :test || exit /b 1
for /f %%V in ('dotnet msbuild OpenClaw.Rpc\OpenClaw.Rpc.csproj -getProperty:Version -nologo') do set VERSION=%%V
set OUT=dist\%VERSION%
if exist %OUT% rmdir /s /q %OUT%
mkdir %OUT%
for %%T in (core edge) do (
  if /i "%%T"=="core" (set PROJECT=OpenClaw.Core) else (set PROJECT=OpenClaw.Edge)
  set STAGE=%TEMP%\openclaw-%%T-%VERSION%-win-x64
  if exist !STAGE! rmdir /s /q !STAGE!
  dotnet publish !PROJECT! -c Release -r win-x64 -o !STAGE! -p:DebugType=none -p:GenerateDocumentationFile=false --nologo -v quiet || exit /b 1
  !STAGE!\openclaw-%%T.exe --version || exit /b 1
  !STAGE!\openclaw-%%T.exe doctor --json > nul
  powershell -NoProfile -Command "Compress-Archive -Path '!STAGE!' -DestinationPath '%OUT%\openclaw-%%T-%VERSION%-win-x64.zip'" || exit /b 1
)
powershell -NoProfile -Command "Get-ChildItem '%OUT%\*.zip' | ForEach-Object { '{0}  {1}' -f (Get-FileHash $_ -Algorithm SHA256).Hash.ToLower(), $_.Name } | Set-Content -Encoding ascii '%OUT%\SHA256SUMS'"
powershell -NoProfile -Command "(Get-Content dist\RELEASE_NOTES.template.md) -replace '{{VERSION}}','%VERSION%' -replace '{{DATE}}',(Get-Date -Format yyyy-MM-dd) -replace '{{[A-Z_]+}}','(see build.sh release)' | Set-Content '%OUT%\RELEASE_NOTES.md'"
echo ==^> release %VERSION% staged in %OUT%
exit /b 0

:deps
echo Offline voice on Windows: install espeak-ng from https://github.com/espeak-ng/espeak-ng/releases
echo and pocketsphinx, then make sure both are on PATH. 'doctor' reports what it finds.
echo build.cmd publish and release need the Visual Studio "Desktop development with C++" workload for NativeAOT;
echo the Linux release artifacts (debootstrap, glibc sysroot, Wine smoke test) come from ./build.sh deps and ./build.sh release on Linux.
exit /b 0
