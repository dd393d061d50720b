<?php
/**
 * Installs a fresh WordPress for the plugin's tests, with no WP-CLI (Debian
 * 12 has none): `php setup-site.php SITE_DIR`. Creates a user of each role
 * with an application password and prints them as JSON.
 */
$site = $argv[1];
define( 'WP_INSTALLING', true );
$_SERVER['HTTP_HOST']   = parse_url( getenv( 'STANDPOINT_WP_URL' ), PHP_URL_HOST ) . ':' . parse_url( getenv( 'STANDPOINT_WP_URL' ), PHP_URL_PORT );
$_SERVER['REQUEST_URI'] = '/';
require $site . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

$password = getenv( 'STANDPOINT_WP_PASSWORD' );
wp_install( 'Standpoint test site', 'admin', 'admin@example.org', false, '', $password, 'en_US' );
update_option( 'permalink_structure', '/%postname%/' );
update_option( 'blogdescription', 'SAMPLE SITE for the plugin tests' );
$theme = getenv( 'STANDPOINT_WP_THEME' );
if ( $theme && wp_get_theme( $theme )->exists() ) {
	switch_theme( $theme );
}

$users = array();
$roles = array(
	'administrator' => 'admin',
	'editor'        => 'editor',
	'author'        => 'author',
	'contributor'   => 'contributor',
	'subscriber'    => 'subscriber',
	'author-uk'     => 'authoruk',
);
foreach ( $roles as $role => $login ) {
	$user = get_user_by( 'login', $login );
	$id   = $user ? $user->ID : wp_insert_user(
		array(
			'user_login' => $login,
			'user_pass'  => $password,
			'user_email' => $login . '@example.org',
			'role'       => 'author-uk' === $role ? 'author' : $role,
			'locale'     => 'author-uk' === $role ? 'uk' : '',
		)
	);
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, $id->get_error_message() . "\n" );
		exit( 1 );
	}
	list( $app_password ) = WP_Application_Passwords::create_new_application_password( $id, array( 'name' => 'tests' ) );
	$users[ $role ] = array(
		'id'          => $id,
		'login'       => $login,
		'appPassword' => $app_password,
	);
}
echo wp_json_encode(
	array(
		'version' => get_bloginfo( 'version' ),
		'theme'   => get_stylesheet(),
		'users'   => $users,
	)
);
