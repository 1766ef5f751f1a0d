#!/usr/bin/env bash
# Imports a synthetic file the size of BLS's whole compilation (340 profiles, about 14 MB) and
# prints how long the import command took and its peak resident memory (docs/performance.md).
#
#   bench/import-full-size.sh [target/handbook.jar] [extra application arguments...]
#
# The file is generated into a temporary directory from the test fixture's first occupation
# (the seed profile), repeated with distinct titles and addresses and its narrative tripled; it is
# never committed. Without arguments the import goes into H2 in file mode under the same
# temporary directory; pass --spring.profiles.active=postgres (and HANDBOOK_DB_URL) for PostgreSQL.
set -euo pipefail

JAR=${1:-target/handbook.jar}
shift || true
ARGS=("$@")
WORK=$(mktemp -d /tmp/handbook-import-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
FIXTURE=src/test/resources/importer/ooh-fixture.xml

python3 - "$FIXTURE" "$WORK/xml-compilation.xml" <<'PY'
import re, sys
source, target = sys.argv[1], sys.argv[2]
text = open(source, encoding="utf-8").read()
header = text[text.index("<ooh>"):text.index("<occupation>")]
header = header.replace("<current_year>2022", "<current_year>2024").replace("<projection_year>2032", "<projection_year>2034")
first = text[text.index("<occupation>"):text.index("</occupation>") + len("</occupation>")]
# Tripling each tab's body brings a profile to the size of a real one (about 41 KB, 14 MB in all).
first = re.sub(r"(<section_body[^>]*><!\[CDATA\[)(.*?)(\]\]>\s*</section_body>)",
               lambda m: m.group(1) + m.group(2) * 3 + m.group(3), first, flags=re.S)
slug = "health-information-technologists-and-medical-registrars"
title = "Health Information Technologists and Medical Registrars"
with open(target, "w", encoding="utf-8") as out:
    out.write('<?xml version="1.0" encoding="utf-8"?>\n' + header)
    for n in range(1, 341):
        out.write(first.replace(slug, f"{slug}-{n}").replace(title, f"{title} {n}") + "\n")
    out.write("</ooh>\n")
PY
echo "file: $(du -h "$WORK/xml-compilation.xml" | cut -f1), $(grep -c '<occupation>' "$WORK/xml-compilation.xml") occupations"

if [ ${#ARGS[@]} -eq 0 ]; then
    ARGS=(--spring.profiles.active=file "--handbook.data-dir=$WORK/data")
fi
/usr/bin/time -f "elapsed %e s, peak RSS %M KB" java -jar "$JAR" import "$WORK/xml-compilation.xml" "${ARGS[@]}" \
    > "$WORK/summary.txt" 2> "$WORK/progress.txt" || { cat "$WORK/progress.txt"; exit 1; }
grep -E "^(Edition|Profiles mapped|Skipped|Loaded|Not kept)" "$WORK/summary.txt"
grep -E "^([.]{3} |elapsed)" "$WORK/progress.txt" | grep -v "occupations read"
