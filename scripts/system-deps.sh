#!/usr/bin/env bash
# The Debian packages the test suite and two readers need, installed where missing (`make test`
# runs this first). It says which packages it will install and why before it does; where it
# cannot install them (not root and no sudo without a password, or no apt-get) it says so and
# names the tests that will therefore be skipped.
#
#   bash scripts/system-deps.sh           install what is missing (as root, or through sudo)
#   bash scripts/system-deps.sh --check   only report what is missing and what would be done
#
# Exit status: 0 everything present (or now installed), 3 something missing that could not be
# (or, with --check, was not) installed, 1 the installation failed, 2 bad usage.
# Only shell built-ins are needed to report, so it runs with any PATH.
set -uo pipefail

# package | why | the tests that need it (empty: no test, only the feature)
BROWSER="tests/viz/test_viz_browser.py and tests/server/test_serve.py::test_the_query_page_runs_a_named_query_in_chromium"
OCR="tests/read/test_read_pdf.py::test_a_scanned_pdf_is_ocred and ::test_the_header_of_a_scanned_pdf_is_extracted"
TABLE=(
  "chromium|the headless browser in which the tests check the interactive pages|$BROWSER"
  "chromium-driver|ChromeDriver, through which the tests drive that browser|$BROWSER"
  "virtuoso-opensource-7-bin|Virtuoso, the second real SPARQL server push and --endpoint are tested on|the Virtuoso half of tests/remote/test_remote.py"
  "tesseract-ocr|Tesseract, OCR of scanned PDFs without a text layer (unhrkg.read.ocr)|$OCR"
  "tesseract-ocr-eng|Tesseract's English data|$OCR"
  "tesseract-ocr-fra|Tesseract's French data, for scanned French documents|"
  "tesseract-ocr-spa|Tesseract's Spanish data, for scanned Spanish documents|"
  "antiword|text out of old Word .doc files (unhrkg.read.docx)|"
)

say() { printf 'system-deps: %s\n' "$*"; }

check=no
case "${1:-}" in
  "") ;;
  --check) check=yes ;;
  *) say "usage: bash scripts/system-deps.sh [--check]" >&2; exit 2 ;;
esac

# A package is present when dpkg says so, or (off Debian) when what it gives is on PATH.
present() {
  local status
  if command -v dpkg-query >/dev/null; then
    status=$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)
    [[ $status == *"install ok installed"* ]] && return 0
  fi
  case "$1" in
    chromium) command -v chromium >/dev/null ;;
    chromium-driver) command -v chromedriver >/dev/null ;;
    virtuoso-opensource-7-bin) command -v virtuoso-t >/dev/null ;;
    tesseract-ocr) command -v tesseract >/dev/null ;;
    tesseract-ocr-*) command -v tesseract >/dev/null && [[ $'\n'$(tesseract --list-langs 2>/dev/null)$'\n' == *$'\n'"${1#tesseract-ocr-}"$'\n'* ]] ;;
    antiword) command -v antiword >/dev/null ;;
    *) return 1 ;;
  esac
}

missing=()
for row in "${TABLE[@]}"; do
  package=${row%%|*}
  present "$package" || missing+=("$row")
done
if [ ${#missing[@]} -eq 0 ]; then
  say "all present: ${TABLE[*]%%|*}"
  exit 0
fi

names=()
say "missing Debian packages, and what each is for:"
for row in "${missing[@]}"; do
  IFS='|' read -r package why tests <<<"$row"
  names+=("$package")
  say "  $package: $why"
done

# How they could be installed here, or why they cannot be.
runner=()
reason=""
if ! command -v apt-get >/dev/null; then
  reason="no apt-get on this machine (not Debian or Ubuntu): install the equivalents with your package manager"
elif [ "$EUID" -eq 0 ]; then
  runner=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  runner=(sudo -n)
else
  reason="not root, and no sudo without a password: run 'sudo bash scripts/system-deps.sh' once"
fi

# The tests the missing packages hold back, each once, with the packages it lacks.
skipped() {
  local -A lacks=()
  local order=() row package tests
  for row in "${missing[@]}"; do
    IFS='|' read -r package _ tests <<<"$row"
    [ -z "$tests" ] && continue
    [ -z "${lacks[$tests]:-}" ] && order+=("$tests")
    lacks[$tests]="${lacks[$tests]:+${lacks[$tests]}, }$package"
  done
  if [ ${#order[@]} -eq 0 ]; then
    say "no test needs them; only the features named above are missing"
    return
  fi
  say "$1, each with its reason in pytest's summary:"
  for tests in "${order[@]}"; do
    say "  $tests (no ${lacks[$tests]})"
  done
}

if [ -n "$reason" ]; then
  say "cannot install them: $reason"
  skipped "without them these tests will be skipped"
  exit 3
fi
command=(${runner[@]+"${runner[@]}"} apt-get install -y -qq --no-install-recommends "${names[@]}")
if [ $check = yes ]; then
  say "would install them with: ${command[*]} (--check installs nothing)"
  skipped "until they are installed these tests are skipped"
  exit 3
fi
say "installing them now with: ${command[*]}"
export DEBIAN_FRONTEND=noninteractive
if ! ${runner[@]+"${runner[@]}"} apt-get update -qq >/dev/null || ! "${command[@]}" >/dev/null; then
  say "apt-get failed to install: ${names[*]}" >&2
  exit 1
fi
say "installed: ${names[*]}"
