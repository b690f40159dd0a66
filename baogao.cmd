@echo off
rem Runs baogao on Windows, as ./baogao does elsewhere. In the distribution (bin\baogao.cmd beside
rem lib\) it runs the jars in lib\; in a clone it builds target\baogao.jar with the Maven Wrapper
rem when the jar is missing (after changing the sources, run "mvnw.cmd -DskipTests package").
rem The JVM options are those of ./baogao (see there why). Java writes to the console in its code
rem page (GBK on Chinese Windows), so Chinese is not garbled.
setlocal
set "here=%~dp0"
set "opts=-Xss4m -Xmx720m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Djava.awt.headless=true"
set "java=java"
if defined JAVA_HOME set "java=%JAVA_HOME%\bin\java"
if exist "%here%..\lib\baogao.jar" (
  "%java%" %opts% "-Dbaogao.command=%~0" -cp "%here%..\lib\*" org.baogao.cli.Main %*
  exit /b
)
if not exist "%here%target\baogao.jar" (
  echo baogao: building the jar ^(mvnw.cmd package^)... 1>&2
  call "%here%mvnw.cmd" -q -B -DskipTests -f "%here%pom.xml" package
  if errorlevel 1 (
    echo baogao: building the jar failed ^(above^); fix it, or run "mvnw.cmd -DskipTests package" 1>&2
    exit /b 2
  )
)
"%java%" %opts% "-Dbaogao.command=%~0" -jar "%here%target\baogao.jar" %*
