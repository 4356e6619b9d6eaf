#!/usr/bin/env bash
# Regenerates every file that is generated from the dataset or the code, after adding or changing a record or a
# code (CONTRIBUTING.md). Each is checked by a test that fails while the file is out of date:
#   docs/dataset.md         record counts and the paragraph table       DatasetDocumentTests
#   schemas/aseanun-dataset.schema.json, docs/data-format.md's table of groups   the model's field tables   ModelDocumentsTests
#   docs/codes.md, src/AseanUn/Codes/*Codes.cs   the code tree and its constants   CodesDocumentTests
#   analyzers/AseanUn.Analyzers/JsonData/JsonVocabulary.Generated.cs   what the data-file rules know   JsonVocabularyTests
#   README.md, docs/explorer.md   the output shown for each `$ aseanun` command   ReadmeSessionTests
#   docs/timeline.svg       the chart                                   ChartCommandTests
#   docs/report.png, docs/report-phone.png   the report page's screenshots, wide and phone width (need Chromium; skipped without it)
# Then read `git diff`: every change should be what your edit means.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_NOLOGO=1 ASEANUN_WRITE_DOCS=1
quiet=(--logger "console;verbosity=minimal")

echo "== docs/dataset.md, docs/codes.md, the code constants, the dataset schema, the table of groups and the data-file rules' vocabulary"
dotnet test tests/AseanUn.Tests --filter "FullyQualifiedName~DatasetDocumentTests|FullyQualifiedName~CodesDocumentTests|FullyQualifiedName~ModelDocumentsTests|FullyQualifiedName~JsonVocabularyTests" "${quiet[@]}"

echo "== the sessions of README.md and docs/explorer.md"
dotnet test tests/AseanUn.Explorer.Tests --filter "FullyQualifiedName~ReadmeSessionTests" "${quiet[@]}"

echo "== docs/timeline.svg"
dotnet run --project samples/AseanUn.Explorer -- chart --out docs/timeline.svg

echo "== docs/report.png"
if [ -x /usr/bin/chromium ] || [ -n "${ASEANUN_CHROMIUM:-}" ]; then
  ASEANUN_REPORT_SCREENSHOT=docs/report.png dotnet test tests/AseanUn.Report.Tests --filter "FullyQualifiedName~screenshot" "${quiet[@]}"
else
  echo "skipped: no Chromium at /usr/bin/chromium and ASEANUN_CHROMIUM is not set (README.md, Prerequisites)"
fi

echo "== changed"
git status --short -- README.md docs src schemas analyzers
