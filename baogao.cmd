@echo off
rem Runs baogao on Windows, as ./baogao does elsewhere. In the distribution (bin\baogao.cmd beside
rem lib\) it runs the jars in lib\; in a clone it builds target\baogao.jar with the Maven Wrapper
rem when the jar is missing (after changing the sources, run "mvnw.cmd -DskipTests package").
rem The JVM options are those of ./baogao (see there why). Java writes to the console in its code
rem page (GBK on Chinese Windows), so Chinese is not garbled.
rem
rem Start-up: as ./baogao, a class-data sharing archive of the classes baogao loads, made by the
rem first command after the jars change (a build of two generated reports, once) and used by every
rem later start: about 0.5-0.9 s less CPU a start (BENCHMARKS.md). It is kept in the user's cache,
rem %LOCALAPPDATA%\baogao\cds\ (one for the distribution, one for a clone), with a copy of the
rem jars that it runs from: Java 17 takes no class from the archive out of a jar whose path has a
rem space or Chinese, as "C:\Program Files" or a Chinese user's folder has. Made, it is tried once:
rem if Java does not take baogao's classes from it (a cache path with Chinese in it too), it is
rem not made again for these jars. Anything that fails on the way runs baogao as usual.
rem BAOGAO_CDS=0 turns it off.
setlocal
set "here=%~dp0"
set "opts=-Xss4m -Xmx720m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Djava.awt.headless=true"
set "java=java"
if defined JAVA_HOME set "java=%JAVA_HOME%\bin\java"
set "clone="
if exist "%here%..\lib\baogao.jar" goto dist
if exist "%here%target\baogao.jar" goto built
echo baogao: building the jar ^(mvnw.cmd package^)... 1>&2
call "%here%mvnw.cmd" -q -B -DskipTests -f "%here%pom.xml" package
if errorlevel 1 goto buildfailed
:built
set "clone=1"
set "jar=%here%target\baogao.jar"
set "lib=%here%target\lib"
set "cp=%here%target\baogao.jar"
set "slot=clone"
goto archive
:buildfailed
echo baogao: building the jar failed ^(above^); fix it, or run "mvnw.cmd -DskipTests package" 1>&2
exit /b 2
:dist
for %%L in ("%here%..\lib") do set "lib=%%~fL"
set "jar=%lib%\baogao.jar"
set "cp=%lib%\*"
set "slot=dist"

:archive
if "%BAOGAO_CDS%"=="0" goto plain
if not defined LOCALAPPDATA goto plain
set "cds=%LOCALAPPDATA%\baogao\cds\%slot%"
if exist "%cds%\off" goto plain
rem What the archive was made for: these jars (baogao.jar's size and time, compared byte for byte
rem below; how many jars and their sizes) and this Java (its size and time: an update refuses the
rem archive). Not where they are: the archive is of the copy, which any installation of the same
rem jars can use.
set "jsize="
set "jtime="
for %%F in ("%jar%") do (set "jsize=%%~zF" & set "jtime=%%~tF")
set /a count=0, total=0
if not exist "%lib%\" goto plain
pushd "%lib%"
for %%F in (*.jar) do set /a count+=1, total+=%%~zF
popd
set "javaexe=%java%.exe"
if not defined JAVA_HOME for %%J in (java.exe) do set "javaexe=%%~$PATH:J"
set "jvm="
if defined javaexe for %%J in ("%javaexe%") do set "jvm=%%~zJ %%~tJ"
set "made=%jsize% %jtime%;%count% %total%;%jvm%"
if defined clone (set "copied=%cds%\jars\baogao.jar") else set "copied=%cds%\jars\lib\baogao.jar"
if defined clone (set "fast=%cds%\jars\baogao.jar") else set "fast=%cds%\jars\lib\*"
set "was="
if exist "%cds%\made.txt" set /p was=<"%cds%\made.txt"
if "%was%"=="none;%made%" goto plain
if not "%was%"=="%made%" goto train
if not exist "%cds%\baogao.jsa" goto train
rem a jar rebuilt within the same minute at the same size: its copy would be stale
fc /b "%jar%" "%copied%" >nul 2>&1
if errorlevel 1 goto train
:run
"%java%" %opts% "-XX:SharedArchiveFile=%cds%\baogao.jsa" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off "-Dbaogao.command=%~0" -cp "%fast%" org.baogao.cli.Main %*
exit /b

:train
rem train once per jar: build two generated reports, so that the archive holds the classes of a
rem real build, PDF included, whatever command comes first
echo baogao: preparing the start-up archive for this jar (once)... 1>&2
if not exist "%cds%\" mkdir "%cds%" >nul 2>&1
if not exist "%cds%\" goto plain
del /f /q "%cds%\made.txt" "%cds%\baogao.jsa" "%cds%\baogao.jsa.tmp" >nul 2>&1
if exist "%cds%\jars\" rmdir /s /q "%cds%\jars" >nul 2>&1
rem copy keeps each file's time, which the archive records with its size
mkdir "%cds%\jars\lib" >nul 2>&1
copy /y "%lib%\*.jar" "%cds%\jars\lib\" >nul 2>&1
if errorlevel 1 goto none
if defined clone copy /y "%jar%" "%cds%\jars\" >nul 2>&1
if not exist "%copied%" goto none
set "work=%TEMP%\baogao-cds-%RANDOM%%RANDOM%"
set "dump=-XX:ArchiveClassesAtExit=%cds%\baogao.jsa.tmp"
"%java%" -cp "%fast%" org.baogao.bench.GenerateCorpus 2 "%work%" >nul 2>&1
if errorlevel 1 goto trained
if defined clone goto trainclone
"%java%" -Xss4m -Djava.awt.headless=true "%dump%" -Xlog:cds=off -Xlog:cds+dynamic=off -cp "%fast%" org.baogao.cli.Main build -q --content "%work%\content" --out "%work%\site" >nul 2>&1
goto trained
:trainclone
"%java%" -Xss4m -Djava.awt.headless=true "%dump%" -Xlog:cds=off -Xlog:cds+dynamic=off -cp "%fast%" org.baogao.cli.Main build -q --content "%work%\content" --templates "%here%templates" --out "%work%\site" >nul 2>&1
:trained
if exist "%work%\" rmdir /s /q "%work%" >nul 2>&1
if not exist "%cds%\baogao.jsa.tmp" goto none
move /y "%cds%\baogao.jsa.tmp" "%cds%\baogao.jsa" >nul 2>&1
if errorlevel 1 goto none
rem kept only if Java takes baogao's classes from it
"%java%" -Xshare:auto "-XX:SharedArchiveFile=%cds%\baogao.jsa" -Xlog:class+load=info -cp "%fast%" org.baogao.cli.Main --version >"%cds%\classes.txt" 2>nul
find "org.baogao.cli.Main source: shared objects file" <"%cds%\classes.txt" >"%cds%\shared.txt" 2>nul
set "shared=0"
for %%S in ("%cds%\shared.txt") do set "shared=%%~zS"
del /f /q "%cds%\classes.txt" "%cds%\shared.txt" >nul 2>&1
if "%shared%"=="0" goto none
>"%cds%\made.txt" echo %made%
rem what is read back must be what was written, or each start would make the archive again
set "back="
set /p back=<"%cds%\made.txt"
if "%back%"=="%made%" goto run
del /f /q "%cds%\baogao.jsa" "%cds%\made.txt" >nul 2>&1
if exist "%cds%\jars\" rmdir /s /q "%cds%\jars" >nul 2>&1
type nul >"%cds%\off" 2>nul
goto plain

:none
rem not asked again for these jars: a Java that cannot make one, no fonts to build with
del /f /q "%cds%\baogao.jsa" "%cds%\baogao.jsa.tmp" "%cds%\classes.txt" >nul 2>&1
if exist "%cds%\jars\" rmdir /s /q "%cds%\jars" >nul 2>&1
>"%cds%\made.txt" echo none;%made%

:plain
"%java%" %opts% "-Dbaogao.command=%~0" -cp "%cp%" org.baogao.cli.Main %*
