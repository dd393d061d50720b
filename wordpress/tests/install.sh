#!/usr/bin/env bash
# What the WordPress plugin's tests need on a fresh Debian 12 machine, each
# part only when missing: MariaDB, PHP and Debian's WordPress 6.1 with two
# default themes (a block theme and a classic one), gettext's msgfmt for the
# plugin's translations, and a current WordPress from Debian 13's package,
# downloaded with a private apt configuration (nothing of trixie is
# installed) and unpacked into .cache/wordpress-current.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DEBIAN_FRONTEND=noninteractive
APT=(apt-get -o DPkg::Lock::Timeout=600)

missing=()
command -v mariadbd >/dev/null || missing+=(mariadb-server)
command -v php >/dev/null || missing+=(php-cli)
command -v msgfmt >/dev/null || missing+=(gettext)
for extension in mysqli xml mbstring curl gd intl; do
  php -m 2>/dev/null | grep -qix "$extension" || missing+=("php-${extension/mysqli/mysql}")
done
[ -f /usr/share/wordpress/wp-includes/version.php ] || missing+=(wordpress)
[ -d /usr/share/wordpress/wp-content/themes/twentytwentythree ] || missing+=(wordpress-theme-twentytwentythree)
[ -d /usr/share/wordpress/wp-content/themes/twentytwentyone ] || missing+=(wordpress-theme-twentytwentyone)
# Debian 13's WordPress links its lodash to the system's.
[ -f /usr/share/javascript/lodash/lodash.js ] || missing+=(libjs-lodash)
if [ ${#missing[@]} -gt 0 ]; then
  "${APT[@]}" update
  "${APT[@]}" install -y --no-install-recommends "${missing[@]}"
fi

current=.cache/wordpress-current
if [ ! -f "$current/usr/share/wordpress/wp-includes/version.php" ]; then
  apt_dir=$(mktemp -d)
  mkdir -p "$apt_dir/state/lists/partial" "$apt_dir/cache/archives/partial"
  touch "$apt_dir/state/status"
  echo 'deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian trixie main' > "$apt_dir/sources.list"
  private=(-o Dir::Etc::sourcelist="$apt_dir/sources.list" -o Dir::Etc::sourceparts=- -o Dir::State="$apt_dir/state"
    -o Dir::State::status="$apt_dir/state/status" -o Dir::Cache="$apt_dir/cache" -o Debug::NoLocking=1 -o APT::Sandbox::User=root)
  if apt-get "${private[@]}" update -qq && (cd "$apt_dir" && apt-get "${private[@]}" download wordpress wordpress-theme-twentytwentyfive); then
    rm -rf "$current" && mkdir -p "$current"
    for deb in "$apt_dir"/*.deb; do dpkg-deb -x "$deb" "$current"; done
  else
    echo "A current WordPress could not be downloaded from Debian 13: the tests run on WordPress 6.1 only." >&2
  fi
  rm -rf "$apt_dir"
fi
