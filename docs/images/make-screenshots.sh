#!/usr/bin/env bash
# Regenerates the README's screenshots from the same Chromium the browser tests drive: the tests photograph
# every page, and this points them at docs/images. Needs Debian's chromium (apt-get install -y chromium).
set -euo pipefail
cd "$(dirname "$0")/../.."
MULTIVECTOR_SCREENSHOTS="$PWD/docs/images" dotnet test tests/Multivector.Web.Tests \
    --filter "FullyQualifiedName~BrowserTests.Each_page_loads_without_errors_draws_its_charts_and_passes_axe"
ls -l docs/images/*.png
