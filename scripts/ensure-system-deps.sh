#!/usr/bin/env bash
# Makes sure the Debian packages that the in-editor integration tests need are present:
# Chromium (drives VS Code's workbench page), ripgrep (installed offline into code-server's
# @vscode/ripgrep), the headers that code-server's native modules compile against, and
# Neovim (its built-in LSP client drives the language server in test/nvim).
# Installs what is missing when it can (root + apt-get); otherwise prints ONE line saying
# what to run and exits 1. Cheap when everything is there: one dpkg-query call.
set -euo pipefail

packages=(libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config ripgrep chromium neovim)

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
  done
else
  # Not Debian: only the two programs can be checked; the headers are the author's business.
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
  command -v nvim >/dev/null 2>&1 || missing+=(neovim)
  if ((${#missing[@]} > 0)); then
    echo "ensure-system-deps: missing ${missing[*]}: install them with your package manager (chromium at /usr/bin/chromium, nvim on the PATH)" >&2
    exit 1
  fi
  exit 0
fi

((${#missing[@]} == 0)) && exit 0

install_cmd="apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-system-deps: missing Debian packages ${missing[*]}; run: sudo sh -c '$install_cmd'" >&2
  exit 1
fi

echo "ensure-system-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "ensure-system-deps: installed ${missing[*]}" >&2
