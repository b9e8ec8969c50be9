# Shared by scripts/run and scripts/test: install what is missing, then configure
# and build with the "default" preset. Sourced, not executed.

POSTECLIENT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

# Debian/Ubuntu packages the build, the tests and the GUI need.
POSTECLIENT_APT_PACKAGES=(
    build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6opengl6-dev libgl-dev
    qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-qpa-plugins
    libspdlog-dev nlohmann-json3-dev catch2 libsqlite3-dev libkainjow-mustache-dev libxlsxwriter-dev zlib1g-dev
    fonts-dejavu-core poppler-utils
)

# Homebrew formulae for macOS (brew install, then build as on Linux).
POSTECLIENT_BREW_FORMULAE=(cmake ninja ccache qt spdlog nlohmann-json catch2)

pc_log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

pc_as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

pc_install_apt() {
    local missing=()
    local pkg
    for pkg in "${POSTECLIENT_APT_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    if [ "${#missing[@]}" -eq 0 ]; then
        return 0
    fi
    pc_log "Installing ${missing[*]}"
    pc_as_root apt-get update -qq
    pc_as_root env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

pc_install_brew() {
    if ! command -v brew >/dev/null; then
        echo "Homebrew is required on macOS: https://brew.sh" >&2
        exit 1
    fi
    brew install "${POSTECLIENT_BREW_FORMULAE[@]}"
    export CMAKE_PREFIX_PATH="$(brew --prefix qt)${CMAKE_PREFIX_PATH:+:$CMAKE_PREFIX_PATH}"
}

pc_install_dependencies() {
    if [ "${POSTECLIENT_SKIP_INSTALL:-0}" = "1" ]; then
        return 0
    fi
    case "$(uname -s)" in
        Linux)
            if command -v apt-get >/dev/null; then
                pc_install_apt
            else
                echo "Unsupported Linux distribution: install the packages listed in README.md by hand," \
                     "then run again with POSTECLIENT_SKIP_INSTALL=1" >&2
                exit 1
            fi
            ;;
        Darwin) pc_install_brew ;;
        *) echo "Unsupported system $(uname -s)" >&2; exit 1 ;;
    esac
}

pc_jobs() {
    if command -v nproc >/dev/null; then nproc; else sysctl -n hw.ncpu; fi
}

# Configures (first time) and builds with the default preset. Extra arguments go to
# the configure step, e.g. -DPOSTECLIENT_WARNINGS_AS_ERRORS=ON.
pc_build() {
    cd "$POSTECLIENT_ROOT"
    pc_log "Configuring"
    cmake --preset default "$@" >/dev/null
    pc_log "Building"
    cmake --build --preset default --parallel "$(pc_jobs)"
}
