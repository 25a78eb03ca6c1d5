#!/usr/bin/env bash
# Installs the `marquee` command: a Release build published to $PREFIX/lib/marquee (default ~/.local), linked
# from $PREFIX/bin/marquee. Run it again after pulling to update.
set -euo pipefail
cd "$(dirname "$0")"
prefix=${PREFIX:-$HOME/.local}
dotnet publish src/Marquee -c Release -nologo -v q -o "$prefix/lib/marquee"
mkdir -p "$prefix/bin"
ln -sfn "$prefix/lib/marquee/marquee" "$prefix/bin/marquee"
echo "Installed $prefix/bin/marquee ($("$prefix/bin/marquee" --version))."
case ":$PATH:" in *":$prefix/bin:"*) ;; *) echo "Add $prefix/bin to your PATH to call it as \`marquee\`." ;; esac
