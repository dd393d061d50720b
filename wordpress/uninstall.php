<?php
/**
 * Deleting the plugin deletes what it stored: the feed and its date, on
 * every site of a network. Posts keep their blocks and shortcodes (they are
 * the authors' content); without the plugin they show nothing.
 *
 * @package StandpointWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

/** Deletes the plugin's options and refused-feed drafts on the current site. */
function standpoint_widgets_uninstall_site() {
	global $wpdb;
	delete_option( 'standpoint_widgets_feed' );
	delete_option( 'standpoint_widgets_feed_modified' );
	// Refused feeds wait in transients named per user.
	$wpdb->query( // phpcs:ignore WordPress.DB.DirectDatabaseQuery
		$wpdb->prepare(
			"DELETE FROM {$wpdb->options} WHERE option_name LIKE %s OR option_name LIKE %s",
			$wpdb->esc_like( '_transient_standpoint_widgets_refused_' ) . '%',
			$wpdb->esc_like( '_transient_timeout_standpoint_widgets_refused_' ) . '%'
		)
	);
}

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $standpoint_widgets_site ) {
		switch_to_blog( $standpoint_widgets_site );
		standpoint_widgets_uninstall_site();
		restore_current_blog();
	}
} else {
	standpoint_widgets_uninstall_site();
}
