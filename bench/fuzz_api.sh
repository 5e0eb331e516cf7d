#!/bin/sh
# The long schemathesis run of docs/api-fuzz.md: a production-like server (gunicorn, 2 workers, DEBUG off, a fresh
# SQLite database, the microsimulation worker with a tiny population) and every check on every operation.
# Usage: sh bench/fuzz_api.sh [max examples per operation, default 1500]
set -eu
cd "$(dirname "$0")/.."
dir=$(mktemp -d)
port=${PORT:-8765}
export WERKZORG_ENV=production DEBUG=0 SECURE_SSL_REDIRECT=0 ALLOWED_HOSTS=127.0.0.1 \
  SECRET_KEY=fuzz-run-only-$(python3 -c 'import secrets; print(secrets.token_urlsafe(48))') \
  DATABASE_URL="sqlite:///$dir/fuzz.sqlite3" WERKZORG_MICROSIM_DIR="$dir/microsim" WERKZORG_MICROSIM_HUISHOUDENS=200
.venv/bin/python manage.py migrate --noinput -v0
.venv/bin/python manage.py microsim_worker --no-reload >"$dir/worker.log" 2>&1 & worker=$!
.venv/bin/gunicorn werkzorg.web.wsgi:application --bind 127.0.0.1:$port --workers 2 --timeout 30 \
  --access-logfile "$dir/access.log" --error-logfile "$dir/error.log" & server=$!
trap 'kill $worker $server 2>/dev/null; echo "logs in $dir"' EXIT
sleep 5
.venv/bin/st --config-file bench/schemathesis.toml run "http://127.0.0.1:$port/api/v1/openapi.json" \
  --checks all --max-examples "${1:-1500}" --seed 2026 --report junit --report-dir "$dir/report" || status=$?
echo "requests: $(wc -l < "$dir/access.log"); server errors in the access log: $(awk '$9 ~ /^5/' "$dir/access.log" | wc -l)"
exit ${status:-0}
