<?php
/**
 * Settings → Standpoint feed: where a webmaster uploads, pastes or edits
 * the feed the site hosts. The page runs the embed builder's checker on the
 * text as it is typed (every problem with its line, column and fix, in the
 * user's language) and will not send a feed the widgets could not show; the
 * server checks again before it stores anything.
 *
 * @package StandpointWidgets
 */

defined( 'ABSPATH' ) || exit;

const STANDPOINT_WIDGETS_PAGE = 'standpoint-widgets';

/** Adds the page under Settings. */
function standpoint_widgets_add_settings_page() {
	$hook = add_options_page(
		__( 'Standpoint feed', 'standpoint-widgets' ),
		__( 'Standpoint feed', 'standpoint-widgets' ),
		'manage_options',
		STANDPOINT_WIDGETS_PAGE,
		'standpoint_widgets_settings_page'
	);
	add_action( 'admin_enqueue_scripts', static function ( $current ) use ( $hook ) {
		if ( $current !== $hook ) {
			return;
		}
		wp_enqueue_style( 'standpoint-widgets-feed-editor', plugins_url( 'admin/feed-editor.css', STANDPOINT_WIDGETS_FILE ), array(), STANDPOINT_WIDGETS_VERSION );
		wp_enqueue_script( 'standpoint-widgets-feed-editor', plugins_url( 'admin/feed-editor.js', STANDPOINT_WIDGETS_FILE ), array(), STANDPOINT_WIDGETS_VERSION, true );
	} );
}

/** A "Settings" link beside the plugin on the Plugins screen. */
function standpoint_widgets_action_links( $links ) {
	array_unshift( $links, '<a href="' . esc_url( admin_url( 'options-general.php?page=' . STANDPOINT_WIDGETS_PAGE ) ) . '">' . esc_html__( 'Settings', 'standpoint-widgets' ) . '</a>' );
	return $links;
}

/** The checker's language: Ukrainian for a Ukrainian admin, else English. */
function standpoint_widgets_admin_language() {
	return 0 === strpos( get_user_locale(), 'uk' ) ? 'uk' : 'en';
}

/** Where a refused feed waits for its author to fix it (per user, for a while). */
function standpoint_widgets_refused_key() {
	return 'standpoint_widgets_refused_' . get_current_user_id();
}

/** The page. */
function standpoint_widgets_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to change the standpoint feed.', 'standpoint-widgets' ), 403 );
	}
	$refused = get_transient( standpoint_widgets_refused_key() );
	if ( $refused ) {
		delete_transient( standpoint_widgets_refused_key() );
	}
	$text     = is_array( $refused ) ? $refused['text'] : standpoint_widgets_feed_text();
	$url      = standpoint_widgets_feed_url();
	$has_feed = '' !== standpoint_widgets_feed_text();
	$modified = (int) get_option( STANDPOINT_WIDGETS_MODIFIED_OPTION, 0 );
	?>
	<div class="wrap standpoint-feed">
		<h1><?php esc_html_e( 'Standpoint feed', 'standpoint-widgets' ); ?></h1>
		<?php if ( is_array( $refused ) ) : ?>
			<div class="notice notice-error" id="standpoint-feed-refused" role="alert">
				<p><strong><?php esc_html_e( 'The feed was not saved: the widgets could not show it.', 'standpoint-widgets' ); ?></strong></p>
				<ul>
					<?php foreach ( $refused['problems'] as $problem ) : ?>
						<li><?php echo esc_html( $problem ); ?></li>
					<?php endforeach; ?>
				</ul>
			</div>
		<?php elseif ( isset( $_GET['saved'] ) ) : // phpcs:ignore WordPress.Security.NonceVerification -- only chooses a notice. ?>
			<div class="notice notice-success is-dismissible" id="standpoint-feed-saved"><p><?php esc_html_e( 'Feed saved. Every widget that reads it shows it from now on.', 'standpoint-widgets' ); ?></p></div>
		<?php endif; ?>

		<p>
			<?php esc_html_e( 'The widgets on this site read the feed from here, and partner sites can embed the same feed from its address:', 'standpoint-widgets' ); ?>
			<br><code id="standpoint-feed-url"><?php echo esc_html( $url ); ?></code>
			<?php if ( $has_feed ) : ?>
				<a href="<?php echo esc_url( $url ); ?>" target="_blank" rel="noopener"><?php esc_html_e( 'Open', 'standpoint-widgets' ); ?></a>
			<?php endif; ?>
		</p>
		<?php if ( $has_feed && $modified ) : ?>
			<p class="description">
				<?php
				/* translators: %s: date and time of the last change */
				echo esc_html( sprintf( __( 'Last saved: %s.', 'standpoint-widgets' ), wp_date( get_option( 'date_format' ) . ' ' . get_option( 'time_format' ), $modified ) ) );
				?>
			</p>
		<?php endif; ?>

		<form method="post" action="<?php echo esc_url( admin_url( 'admin-post.php' ) ); ?>" enctype="multipart/form-data" id="standpoint-feed-form" data-lang="<?php echo esc_attr( standpoint_widgets_admin_language() ); ?>">
			<input type="hidden" name="action" value="standpoint_widgets_save_feed">
			<?php wp_nonce_field( 'standpoint_widgets_save_feed' ); ?>
			<p>
				<label for="standpoint-feed-file"><?php esc_html_e( 'Upload a feed file (.json)', 'standpoint-widgets' ); ?></label><br>
				<input type="file" id="standpoint-feed-file" name="feed_file" accept=".json,application/json,application/feed+json">
			</p>
			<p>
				<label for="standpoint-feed-text"><?php esc_html_e( 'Or paste and edit the feed (JSON Feed 1.1)', 'standpoint-widgets' ); ?></label>
			</p>
			<div class="standpoint-feed__columns">
				<textarea id="standpoint-feed-text" name="feed" class="large-text code" rows="22" spellcheck="false" autocomplete="off" aria-describedby="standpoint-feed-summary"><?php echo esc_textarea( $text ); ?></textarea>
				<div class="standpoint-feed__report">
					<p id="standpoint-feed-summary" class="standpoint-feed__summary" role="status" aria-live="polite"></p>
					<ol id="standpoint-feed-problems" class="standpoint-feed__problems"></ol>
				</div>
			</div>
			<?php submit_button( __( 'Save feed', 'standpoint-widgets' ), 'primary', 'submit', true, array( 'id' => 'standpoint-feed-save' ) ); ?>
		</form>

		<h2><?php esc_html_e( 'Showing it', 'standpoint-widgets' ); ?></h2>
		<p><?php esc_html_e( 'In the block editor, add the “Standpoint” block and choose a widget. In the classic editor or a page builder, use a shortcode:', 'standpoint-widgets' ); ?></p>
		<p><code>[standpoint widget="statement" lang="uk" /]</code> <code>[standpoint widget="counter" refresh="300" /]</code></p>
		<p><?php esc_html_e( 'On another site, paste the library’s script tag and an element that reads this feed:', 'standpoint-widgets' ); ?></p>
		<p><code>&lt;standpoint-counter src="<?php echo esc_html( $url ); ?>"&gt;&lt;/standpoint-counter&gt;</code></p>
	</div>
	<?php
}

/** Saves the feed from the page's form (admin-post.php). */
function standpoint_widgets_save_feed() {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to change the standpoint feed.', 'standpoint-widgets' ), 403 );
	}
	check_admin_referer( 'standpoint_widgets_save_feed' );

	$text = '';
	// phpcs:ignore WordPress.Security.ValidatedSanitizedInput -- the feed is stored exactly as written; it is checked, never printed as HTML.
	$file = isset( $_FILES['feed_file'] ) ? $_FILES['feed_file'] : null;
	if ( $file && isset( $file['error'], $file['tmp_name'] ) && UPLOAD_ERR_OK === $file['error'] && is_uploaded_file( $file['tmp_name'] ) ) {
		$text = (string) file_get_contents( $file['tmp_name'] ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- reading the uploaded file, not a remote request.
	} elseif ( isset( $_POST['feed'] ) ) {
		$text = wp_unslash( (string) $_POST['feed'] ); // phpcs:ignore WordPress.Security.ValidatedSanitizedInput -- as above.
	}
	// A form sends a textarea's line ends as CRLF; JSON keeps no raw line end inside a string, so this changes no value.
	$text = str_replace( "\r\n", "\n", $text );
	// A byte-order mark is no part of the feed.
	if ( 0 === strpos( $text, "\xEF\xBB\xBF" ) ) {
		$text = substr( $text, 3 );
	}
	$problems = standpoint_widgets_store_feed( $text );
	$target   = admin_url( 'options-general.php?page=' . STANDPOINT_WIDGETS_PAGE );
	if ( $problems ) {
		set_transient(
			standpoint_widgets_refused_key(),
			array(
				'text'     => $text,
				'problems' => $problems,
			),
			10 * MINUTE_IN_SECONDS
		);
		wp_safe_redirect( add_query_arg( 'refused', '1', $target ) );
	} else {
		wp_safe_redirect( add_query_arg( 'saved', '1', $target ) );
	}
	exit;
}
