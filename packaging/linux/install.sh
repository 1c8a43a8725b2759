#!/usr/bin/env bash
# Install Coordinator for you (no administrator rights needed), from the folder this script is in:
#
#     ./install.sh               install, or update an earlier installation
#     ./install.sh --uninstall   remove exactly what the installation added
#
# What it adds (XDG_DATA_HOME is ~/.local/share unless set to an absolute path):
#   XDG_DATA_HOME/coordinator-app/program/     a copy of this folder (the program)
#   ~/.local/bin/coordinator-app               a link to the program, for the command line
#   XDG_DATA_HOME/applications/dk.coordinatorapp.Coordinator.desktop   the menu entry
#   XDG_DATA_HOME/metainfo/dk.coordinatorapp.Coordinator.metainfo.xml  for software centres
#   XDG_DATA_HOME/icons/hicolor/*/apps/dk.coordinatorapp.Coordinator.{png,svg}
# and every folder it had to create for them. The list is kept in the program folder
# (`.installed`), and --uninstall removes what it lists and nothing else: your database and its
# backups (XDG_DATA_HOME/coordinator-app/coordinator.sqlite, backups/) are never touched.
#
# It never writes through, replaces or removes a link it did not make: a file or link in its
# way that an earlier run of this script did not make is left alone, and nothing is installed.
# Running it again is harmless. Icon and menu caches are brought up to date where they exist
# (gtk-update-icon-cache, update-desktop-database); none is created.
set -euo pipefail

APP_ID=dk.coordinatorapp.Coordinator
EXECUTABLE=coordinator-app
RECORD_NAME=.installed
TAB=$'\t'
# The program's new copy while it is made (removed if the script stops before it is in place).
stage=""
trap '[[ -z $stage ]] || rm -rf -- "$stage"' EXIT

say() { printf '%s\n' "$*"; }
die() {
    printf 'install.sh: %s\n' "$*" >&2
    exit 1
}

usage() {
    say "Usage: ./install.sh [--uninstall]"
    say "Installs Coordinator for this user (${program_hint:-~/.local/share/coordinator-app/program}),"
    say "with a menu entry and the command coordinator-app; --uninstall removes it again."
}

# --- the record of what was installed -----------------------------------------------------------
# One line per item: "dir<TAB>path" (a folder this script created), "file<TAB>path", "link<TAB>path".
declare -a new_record=()
declare -A old_files=()
declare -a old_dirs=()

read_record() {
    local record=$1 kind path
    [[ -f $record && ! -L $record ]] || return 0
    while IFS=$'\t' read -r kind path; do
        case $kind in
            dir) old_dirs+=("$path") ;;
            file) old_files[$path]=1 ;;
        esac
    done <"$record"
}

# Create `dir` and every missing folder above it, noting each one created.
make_dirs() {
    local dir=$1 missing=() parent
    while [[ ! -e $dir && ! -L $dir ]]; do
        missing=("$dir" "${missing[@]}")
        parent=$(dirname -- "$dir")
        [[ $parent != "$dir" ]] || break
        dir=$parent
    done
    [[ -d $dir ]] || die "$dir is in the way: it is not a folder. Nothing was installed."
    for dir in "${missing[@]}"; do
        mkdir -- "$dir"
        new_record+=("dir${TAB}$dir")
    done
}

# A path in the way of `target` that an earlier installation did not make, if any.
check_target() {
    local target=$1 kind=$2
    if [[ $kind == link && -L $target ]]; then
        [[ $(readlink -- "$target") == "$program/$EXECUTABLE" ]] && return 0
        die "$target is a link this script did not make; it was left as it is and nothing was installed. Remove it and run ./install.sh again."
    fi
    if [[ -L $target ]]; then
        die "$target is a link this script did not make; it was left as it is and nothing was installed."
    fi
    if [[ -e $target ]]; then
        if [[ $kind == file && -f $target && -n ${old_files[$target]+x} ]]; then
            return 0
        fi
        die "$target is in the way and was not made by this script; it was left as it is and nothing was installed. Remove it and run ./install.sh again."
    fi
}

# Put `source` at `target` whole (a new file beside it, then renamed over it).
put_file() {
    local source=$1 target=$2 temporary
    make_dirs "$(dirname -- "$target")"
    temporary=$(mktemp -- "$(dirname -- "$target")/.coordinator-app.XXXXXX")
    cat -- "$source" >"$temporary"
    chmod 0644 -- "$temporary"
    mv -f -T -- "$temporary" "$target"
    new_record+=("file${TAB}$target")
}

# The desktop entry's quoting: a double-quoted argument of Exec (with ", `, $ and \ escaped),
# then the escaping of any string value (\ as \\); % is written %%.
exec_argument() {
    local value=$1
    value=${value//\\/\\\\}
    value=${value//\"/\\\"}
    value=${value//\`/\\\`}
    value=${value//\$/\\\$}
    value=${value//%/%%}
    value="\"$value\""
    printf '%s' "${value//\\/\\\\}"
}

string_value() {
    local value=${1//\\/\\\\}
    printf '%s' "$value"
}

# The menu entry of the bundle, with Exec and TryExec naming the installed program.
desktop_entry() {
    local source=$1 line
    while IFS= read -r line || [[ -n $line ]]; do
        case $line in
            Exec=*) printf 'Exec=%s\n' "$(exec_argument "$program/$EXECUTABLE")" ;;
            TryExec=*) printf 'TryExec=%s\n' "$(string_value "$program/$EXECUTABLE")" ;;
            *) printf '%s\n' "$line" ;;
        esac
    done <"$source"
}

refresh_caches() {
    # Only caches that are already there: a stale cache hides new icons, a missing one does not.
    if command -v gtk-update-icon-cache >/dev/null && [[ -f $data_home/icons/hicolor/icon-theme.cache ]]; then
        gtk-update-icon-cache -q -t -f -- "$data_home/icons/hicolor" || true
    fi
    if command -v update-desktop-database >/dev/null && [[ -f $data_home/applications/mimeinfo.cache ]]; then
        update-desktop-database -q -- "$data_home/applications" || true
    fi
}

# --- install ------------------------------------------------------------------------------------
install_bundle() {
    local bundle share previous="" icon target
    bundle=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)
    share=$bundle/share
    [[ -x $bundle/$EXECUTABLE && -d $bundle/_internal ]] ||
        die "$bundle is not an unpacked Coordinator bundle (no $EXECUTABLE and _internal beside install.sh)."
    [[ -f $share/applications/$APP_ID.desktop && -f $share/metainfo/$APP_ID.metainfo.xml ]] ||
        die "$bundle lacks share/applications/$APP_ID.desktop or share/metainfo/$APP_ID.metainfo.xml."

    if [[ -L $program ]] || { [[ -e $program ]] && [[ ! -f $program/$RECORD_NAME || -L $program/$RECORD_NAME ]]; }; then
        die "$program exists and was not made by this script; it was left as it is and nothing was installed."
    fi
    read_record "$program/$RECORD_NAME"

    # Everything that will be written, checked before anything is.
    local -a icons=()
    while IFS= read -r -d '' icon; do
        icons+=("${icon#"$share/icons/"}")
    done < <(find "$share/icons" -type f -name "$APP_ID.*" -print0 | sort -z)
    ((${#icons[@]})) || die "$bundle lacks its icons (share/icons)."
    check_target "$data_home/applications/$APP_ID.desktop" file
    check_target "$data_home/metainfo/$APP_ID.metainfo.xml" file
    for icon in "${icons[@]}"; do
        check_target "$data_home/icons/$icon" file
    done
    check_target "$bin_dir/$EXECUTABLE" link

    # The program: copied beside its place, then swapped in.
    make_dirs "$(dirname -- "$program")"
    stage=$(mktemp -d -- "$(dirname -- "$program")/.program-new.XXXXXX")
    cp -a -- "$bundle/." "$stage/"
    chmod 0755 -- "$stage"
    if [[ -d $program ]]; then
        previous=$(mktemp -d -- "$(dirname -- "$program")/.program-old.XXXXXX")
        mv -T -- "$program" "$previous/program"
    fi
    mv -T -- "$stage" "$program"
    stage=""
    [[ -z $previous ]] || rm -rf -- "$previous"

    local entry
    entry=$(mktemp)
    desktop_entry "$share/applications/$APP_ID.desktop" >"$entry"
    put_file "$entry" "$data_home/applications/$APP_ID.desktop"
    rm -f -- "$entry"
    put_file "$share/metainfo/$APP_ID.metainfo.xml" "$data_home/metainfo/$APP_ID.metainfo.xml"
    for icon in "${icons[@]}"; do
        put_file "$share/icons/$icon" "$data_home/icons/$icon"
    done

    target=$bin_dir/$EXECUTABLE
    make_dirs "$bin_dir"
    if [[ ! -L $target ]]; then
        ln -s -- "$program/$EXECUTABLE" "$target"
    fi
    new_record+=("link${TAB}$target")

    # Files an earlier version installed and this one does not.
    local file written
    for file in "${!old_files[@]}"; do
        written=0
        for target in "${new_record[@]}"; do
            [[ $target == "file${TAB}$file" ]] && written=1
        done
        if ((!written)) && [[ -f $file && ! -L $file ]]; then
            rm -f -- "$file"
        fi
    done
    # Folders an earlier run created stay on the record (this run found them there).
    local -a lines=()
    for target in "${old_dirs[@]}"; do
        [[ -d $target ]] && lines+=("dir${TAB}$target")
    done
    for target in "${new_record[@]}"; do
        [[ $target != "dir${TAB}"* ]] || lines+=("$target")
    done
    for target in "${new_record[@]}"; do
        [[ $target == "dir${TAB}"* ]] || lines+=("$target")
    done
    printf '%s\n' "${lines[@]}" >"$program/$RECORD_NAME.new"
    mv -f -T -- "$program/$RECORD_NAME.new" "$program/$RECORD_NAME"
    refresh_caches

    say "Coordinator is installed in $program."
    say "Start it from the applications menu, or with: coordinator-app"
    case ":${PATH-}:" in
        *":$bin_dir:"*) ;;
        *) say "($bin_dir is not on your PATH: the command works once it is, the menu entry now.)" ;;
    esac
    say "To remove it: $program/install.sh --uninstall"
}

# --- uninstall ----------------------------------------------------------------------------------
uninstall_bundle() {
    local record=$program/$RECORD_NAME kind path
    if [[ ! -e $program && ! -L $program ]]; then
        say "Coordinator is not installed in $program: nothing to remove."
        return 0
    fi
    if [[ -L $program || ! -f $record || -L $record ]]; then
        die "$program was not made by this script; it was left as it is."
    fi
    local -a dirs=() files=() links=()
    while IFS=$'\t' read -r kind path; do
        case $kind in
            dir) dirs+=("$path") ;;
            file) files+=("$path") ;;
            link) links+=("$path") ;;
        esac
    done <"$record"
    for path in "${files[@]}"; do
        if [[ -L $path ]]; then
            say "Left $path as it is: it is now a link, which this script did not make."
        elif [[ -f $path ]]; then
            rm -f -- "$path"
        fi
    done
    for path in "${links[@]}"; do
        if [[ -L $path && $(readlink -- "$path") == "$program/$EXECUTABLE" ]]; then
            rm -f -- "$path"
        elif [[ -e $path || -L $path ]]; then
            say "Left $path as it is: it is no longer the link this script made."
        fi
    done
    rm -rf -- "$program"
    # The folders it created, deepest first (the longest path first), where they are empty now.
    if ((${#dirs[@]})); then
        while IFS= read -r path; do
            if [[ -d $path && ! -L $path ]]; then
                rmdir -- "$path" 2>/dev/null || true
            fi
        done < <(printf '%s\n' "${dirs[@]}" | awk '{ print length($0) "\t" $0 }' | sort -rn | cut -f2-)
    fi
    refresh_caches
    say "Coordinator was removed. Your database and its backups were not touched."
}

main() {
    local mode=install
    if (($# > 1)); then
        usage >&2
        exit 2
    fi
    case ${1-} in
        "") ;;
        --uninstall) mode=uninstall ;;
        -h | --help)
            usage
            exit 0
            ;;
        *)
            usage >&2
            exit 2
            ;;
    esac
    [[ ${HOME-} == /* ]] || die "HOME is not set to an absolute path."
    # The XDG base directory specification: a relative XDG_DATA_HOME is ignored.
    data_home=${XDG_DATA_HOME-}
    [[ $data_home == /* ]] || data_home=$HOME/.local/share
    data_home=${data_home%/}
    bin_dir=$HOME/.local/bin
    program=$data_home/coordinator-app/program
    case $program$bin_dir in
        *$'\n'* | *$'\t'*) die "Folder names with a line break or a tab are not supported." ;;
    esac
    umask 022
    if [[ $mode == install ]]; then
        install_bundle
    else
        uninstall_bundle
    fi
}

# Everything above is read before anything runs: --uninstall may remove this very file.
main "$@"
