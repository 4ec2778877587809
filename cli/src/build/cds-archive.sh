#!/bin/sh
# Makes a class-data-sharing archive (AppCDS) of the classes `check` loads on the bundled sample,
# for the ./camsurvey launcher of a checkout. Java 17 ties an archive to the Java that made it and
# to the jars' paths, so the launcher must run the same Java on the same class path.
# The archive is written beside its target and moved into place: a truncated archive crashes the JVM.
#
#   cds-archive.sh JAVA ARCHIVE CLASSPATH SAMPLE
set -u
java=$1 archive=$2 classpath=$3 sample=$4
rm -f "$archive" "$archive.part"
"$java" -XX:ArchiveClassesAtExit="$archive.part" -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$classpath" \
  org.camsurvey.cli.Main check "$sample" --format json >/dev/null
status=$?
# check exits 1 for the sample's violations; anything else means the run went wrong
if [ "$status" -gt 1 ] || [ ! -s "$archive.part" ]; then
  echo "cds-archive: the sample run failed (exit $status); no archive made" >&2
  rm -f "$archive.part"
  exit 1
fi
mv -f "$archive.part" "$archive"
