@echo off
rem Runs camsurvey from an unpacked distribution. The Java is %JAVA_HOME%\bin\java.exe when
rem JAVA_HOME is set, else the java on the PATH (17 or later); CAMSURVEY_JAVA_OPTS passes options to it.
setlocal
set "CAMSURVEY_HOME=%~dp0.."
set "JAVA_EXE=java"
if not defined JAVA_HOME goto run
set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
:run
rem Short runs compile with C1 only; batch, synth and the shell run long enough for the full JIT.
set "JIT=-XX:TieredStopAtLevel=1"
rem batch inlines less deeply: the optimising compiler's own work was a fifth of a city's CPU.
if /i "%~1"=="batch" set "JIT=-XX:MaxInlineLevel=9 -XX:InlineSmallCode=1000"
if /i "%~1"=="synth" set "JIT="
if /i "%~1"=="shell" set "JIT="
rem batch and synth only want throughput: the parallel collector, unless CAMSURVEY_JAVA_OPTS names
rem a collector (the JVM refuses two).
set "GC="
if /i "%~1"=="batch" set "GC=-XX:+UseParallelGC"
if /i "%~1"=="synth" set "GC=-XX:+UseParallelGC"
echo(%CAMSURVEY_JAVA_OPTS%| findstr /r /c:"XX:+Use.*GC" >nul && set "GC="
"%JAVA_EXE%" %JIT% %GC% %CAMSURVEY_JAVA_OPTS% -cp "%CAMSURVEY_HOME%\lib\*" org.camsurvey.cli.Main %*
exit /b %ERRORLEVEL%
