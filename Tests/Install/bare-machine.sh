#!/bin/sh
# The installed binary on a machine without Swift: copied alone into an empty folder, run with an
# empty environment. Usage: sh Tests/Install/bare-machine.sh PATH/TO/handbook
set -eu
binary="$1"
bare=$(mktemp -d)
trap 'rm -rf "$bare"' EXIT
cp "$binary" "$bare/handbook"
cd "$bare"

# No Swift runtime library may be loaded from outside the binary.
if ldd ./handbook | grep -E 'libswift|libFoundation|lib_FoundationICU|libdispatch|libBlocksRuntime'; then
  echo "FAIL: the binary needs the Swift libraries above" >&2
  exit 1
fi

# The allocator the build's speed depends on is linked, and every library the binary needs is there.
ldd ./handbook | grep -q 'libmimalloc' || { echo "FAIL: the binary does not link mimalloc" >&2; exit 1; }
if ldd ./handbook | grep 'not found'; then
  echo "FAIL: the libraries above are missing (make deps installs them)" >&2
  exit 1
fi

# lint with the built-in style, in a folder with no handbook.
printf 'Ожидайте ответа в ближайшее время.\n' > draft.txt
set +e
env -i ./handbook lint draft.txt > lint.out 2>&1
status=$?
set -e
grep -q 'promise.vague-deadline' lint.out || { cat lint.out >&2; echo "FAIL: lint found nothing" >&2; exit 1; }
[ "$status" -le 1 ] || { cat lint.out >&2; echo "FAIL: lint exited with $status" >&2; exit 1; }

# init, then a strict check and a build.
env -i ./handbook init guide > /dev/null
env -i ./handbook check --strict --root guide
env -i ./handbook build --root guide
[ -f guide/site/index.html ] && [ -f guide/site/handbook.epub ] || { echo "FAIL: no site" >&2; exit 1; }
echo "ok: $(ls -l ./handbook | awk '{print $5}') bytes, lint, init, check --strict and build work without Swift"
