<?php
/**
 * Plugin Name:       Standpoint Widgets
 * Plugin URI:        https://www.npmjs.com/package/standpoint-widgets
 * Description:       A joint standpoint — its statement, demands, signatories and share card — as blocks and shortcodes, from a feed this site hosts itself. In Ukrainian and English.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            standpoint-widgets contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       standpoint-widgets
 * Domain Path:       /languages
 *
 * @package StandpointWidgets
 */

defined( 'ABSPATH' ) || exit;

define( 'STANDPOINT_WIDGETS_VERSION', '0.1.0' );
define( 'STANDPOINT_WIDGETS_FILE', __FILE__ );
define( 'STANDPOINT_WIDGETS_DIR', plugin_dir_path( __FILE__ ) );

require_once STANDPOINT_WIDGETS_DIR . 'includes/elements.php';
require_once STANDPOINT_WIDGETS_DIR . 'includes/scripts.php';
require_once STANDPOINT_WIDGETS_DIR . 'includes/feed.php';
require_once STANDPOINT_WIDGETS_DIR . 'includes/render.php';
require_once STANDPOINT_WIDGETS_DIR . 'includes/settings.php';

add_action(
	'init',
	static function () {
		load_plugin_textdomain( 'standpoint-widgets', false, dirname( plugin_basename( STANDPOINT_WIDGETS_FILE ) ) . '/languages' );
		standpoint_widgets_register_scripts();
		standpoint_widgets_register_block();
		add_shortcode( 'standpoint', 'standpoint_widgets_shortcode' );
	}
);
add_filter( 'wp_kses_allowed_html', 'standpoint_widgets_allow_elements', 10, 2 );
add_action( 'rest_api_init', 'standpoint_widgets_register_feed_route' );
add_filter( 'rest_pre_serve_request', 'standpoint_widgets_serve_feed', 20, 4 );
if ( is_admin() ) {
	add_action( 'admin_menu', 'standpoint_widgets_add_settings_page' );
	add_action( 'admin_post_standpoint_widgets_save_feed', 'standpoint_widgets_save_feed' );
	add_filter( 'plugin_action_links_' . plugin_basename( __FILE__ ), 'standpoint_widgets_action_links' );
}
