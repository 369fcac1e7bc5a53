#!/usr/bin/env bash
# After a soak run (./newsflow bench ... against ./newsflow up), checks what a downstream user would: every article
# the load generator got a 202 for is stored once in PostgreSQL and appears once (by key, read_committed) on
# news.articles. Run from the repository root once the load has stopped (the topic reader ends after 30 s without
# a record) and while the pipeline is still up.
#   docs/bench/soak-check.sh <accepted articles from the bench's summary.csv, warm-up included>
# Needs psql (Debian: postgresql-client); Kafka's console consumer comes from the local stack's jars.
set -euo pipefail
accepted=${1:?"usage: $0 ACCEPTED"}
db() { PGPASSWORD=${PGPASSWORD:-postgres} psql -h localhost -p "${POSTGRES_PORT:-5432}" -U postgres newsflow -Atc "$1"; }

stored=$(db "select count(*) from article where source like 'bench-%'")
distinct_stored=$(db "select count(distinct id) from article where source like 'bench-%'")
# every record's key on news.articles; the bench's articles are the ones whose source is bench-*
keys=$(mktemp)
java -cp 'local-stack/target/lib/*' org.apache.kafka.tools.consumer.ConsoleConsumer \
  --bootstrap-server "localhost:${KAFKA_PORT:-9092}" --topic news.articles --from-beginning \
  --isolation-level read_committed --timeout-ms 30000 \
  --formatter-property print.key=true --formatter-property print.value=false 2>/dev/null > "$keys" || true
db "select id from article where source like 'bench-%'" | sort > "$keys.stored"
on_topic=$(sort "$keys" | join - "$keys.stored" | wc -l)
distinct_on_topic=$(sort -u "$keys" | join - "$keys.stored" | wc -l)
echo "accepted (202)            $accepted"
echo "stored rows / distinct    $stored / $distinct_stored"
echo "news.articles records     $on_topic (distinct keys $distinct_on_topic)"
rm -f "$keys" "$keys.stored"
[[ $stored -eq $accepted && $distinct_stored -eq $accepted && $on_topic -eq $accepted && $distinct_on_topic -eq $accepted ]] \
  && echo "OK: every accepted article stored once and on news.articles once" \
  || { echo "MISMATCH" >&2; exit 1; }
