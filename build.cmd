@echo off
rem Build entry point on Windows: build.cmd [test|publish|bench|deps]. The twin of build.sh.
setlocal enabledelayedexpansion
cd /d "%~dp0"

set RID=win-x64
set PUBLISH_DIR=dist\publish
set TARGET=%~1
if "%TARGET%"=="" set TARGET=test

if /i "%TARGET%"=="test" goto :test
if /i "%TARGET%"=="publish" goto :publish_all
if /i "%TARGET%"=="bench" goto :bench
if /i "%TARGET%"=="deps" goto :deps
echo unknown target '%TARGET%'; usage: build.cmd [test^|publish^|bench^|deps] 1>&2
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

:deps
echo Offline voice on Windows: install espeak-ng from https://github.com/espeak-ng/espeak-ng/releases
echo and pocketsphinx, then make sure both are on PATH. 'doctor' reports what it finds.
exit /b 0
