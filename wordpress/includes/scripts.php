<?php
/**
 * The widgets' script: the library's own bundle, served by this site (no
 * CDN), printed once per page and only on pages that show a widget. Where
 * WordPress has script modules (6.5+) it is one; before that it is a classic
 * enqueued script whose tag gets `type="module"`, since the bundle is an ES
 * module.
 *
 * @package StandpointWidgets
 */

defined( 'ABSPATH' ) || exit;

const STANDPOINT_WIDGETS_SCRIPT = 'standpoint-widgets';

/** The bundle's address. */
function standpoint_widgets_bundle_url() {
	return plugins_url( 'cdn/standpoint-widgets.js', STANDPOINT_WIDGETS_FILE );
}

/** Whether this WordPress has the script-module API (6.5+). */
function standpoint_widgets_has_script_modules() {
	return function_exists( 'wp_register_script_module' ) && function_exists( 'wp_enqueue_script_module' );
}

/** Registers the bundle; nothing is printed until a widget asks for it. */
function standpoint_widgets_register_scripts() {
	if ( standpoint_widgets_has_script_modules() ) {
		wp_register_script_module( STANDPOINT_WIDGETS_SCRIPT, standpoint_widgets_bundle_url(), array(), STANDPOINT_WIDGETS_VERSION );
	}
	// The classic registration serves WordPress before 6.5 and the block
	// editor of every version: its canvas (an iframe from 6.3 on) takes
	// classic scripts, not modules.
	wp_register_script( STANDPOINT_WIDGETS_SCRIPT, standpoint_widgets_bundle_url(), array(), STANDPOINT_WIDGETS_VERSION, true );
}

/** Asks for the bundle on this page; WordPress prints it once however often this runs. */
function standpoint_widgets_enqueue_bundle() {
	if ( standpoint_widgets_has_script_modules() && ! is_admin() ) {
		wp_enqueue_script_module( STANDPOINT_WIDGETS_SCRIPT );
	} else {
		wp_enqueue_script( STANDPOINT_WIDGETS_SCRIPT );
	}
}

/**
 * The bundle is an ES module: a classic `<script>` would fail on its first
 * `export`.
 *
 * @param string $tag    The script tag.
 * @param string $handle The script's handle.
 * @return string
 */
function standpoint_widgets_module_tag( $tag, $handle ) {
	if ( ! in_array( $handle, array( STANDPOINT_WIDGETS_SCRIPT, 'standpoint-widgets-feed-editor' ), true ) ) {
		return $tag;
	}
	// Only the tag that loads the file: inline scripts printed with it (translations) stay classic.
	return preg_replace_callback(
		'/<script\b[^>]*\ssrc=[^>]*>/',
		static function ( $match ) {
			if ( false !== strpos( $match[0], 'type="module"' ) ) {
				return $match[0];
			}
			return '<script type="module"' . substr( preg_replace( '/\stype=(["\'])text\/javascript\1/', '', $match[0] ), 7 );
		},
		$tag
	);
}
add_filter( 'script_loader_tag', 'standpoint_widgets_module_tag', 10, 2 );

/**
 * Hand-written elements (a Custom HTML block, classic content, a text
 * widget) need the script too: enqueue it when rendered content has one.
 *
 * @param string $content Rendered content.
 * @return string
 */
function standpoint_widgets_enqueue_for_content( $content ) {
	if ( is_string( $content ) && false !== stripos( $content, '<standpoint-' ) ) {
		standpoint_widgets_enqueue_bundle();
	}
	return $content;
}
add_filter( 'the_content', 'standpoint_widgets_enqueue_for_content', 100 );
add_filter( 'widget_text_content', 'standpoint_widgets_enqueue_for_content', 100 );
add_filter( 'widget_block_content', 'standpoint_widgets_enqueue_for_content', 100 );
