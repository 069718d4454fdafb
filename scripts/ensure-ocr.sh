#!/usr/bin/env bash
# Makes Tesseract OCR (with English language data) available for ingest-service's scanned-PDF pages.
# Idempotent: nothing is done when `tesseract --list-langs` already names every language asked for. Needs root for
# the install (Debian's tesseract-ocr packages, about 30 s).
# Usage: scripts/ensure-ocr.sh [language ...]   (Tesseract's codes: eng, deu, fra, ...; default eng)
set -euo pipefail

log() { printf '[ocr] %s\n' "$*" >&2; }
[ $# -gt 0 ] || set -- eng

missing=()
for lang in "$@"; do
  if ! command -v tesseract >/dev/null || ! tesseract --list-langs 2>/dev/null | grep -qx "$lang"; then
    missing+=("tesseract-ocr-$lang")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" != 0 ]; then
  log "Tesseract (or its language data) is missing: install ${missing[*]} (Debian/Ubuntu: apt-get install"
  log "tesseract-ocr ${missing[*]}), or set RAG_OCR_MODE=off to refuse scanned pages instead of reading them."
  exit 1
fi
log "installing tesseract-ocr ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends tesseract-ocr "${missing[@]}" >/dev/null
tesseract --version 2>&1 | head -1 | sed 's/^/[ocr] /' >&2
