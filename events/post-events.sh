#!/usr/bin/env bash
# Posts the sample CloudEvents in this folder to a URL (default http://localhost:8080/predict), one per mode,
# and prints each response with its headers. Usage: events/post-events.sh [URL]
set -euo pipefail
cd "$(dirname "$0")"
url="${1:-http://localhost:8080/predict}"

post() {
  echo "=== $1"
  shift
  curl --silent --show-error --include "$@" "$url"
  echo
}

post "binary mode (ce- headers from ce-binary.headers, data in the body)" \
  -H @ce-binary.headers --data-binary @ce-binary.body.json
post "structured mode, data as JSON" \
  -H 'Content-Type: application/cloudevents+json' --data-binary @ce-structured.json
post "structured mode, data_base64" \
  -H 'Content-Type: application/cloudevents+json' --data-binary @ce-structured-base64.json
post "batched mode" \
  -H 'Content-Type: application/cloudevents-batch+json' --data-binary @ce-batch.json
