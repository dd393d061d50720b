<?php
/**
 * The standpoint feed, hosted by the site: stored as the webmaster wrote it
 * (an option, not the media library, which refuses .json) and served at
 * GET /wp-json/standpoint/v1/feed as application/feed+json, with an ETag,
 * Cache-Control and CORS open to every origin, so partner sites can embed
 * the same feed.
 *
 * @package StandpointWidgets
 */

defined( 'ABSPATH' ) || exit;

const STANDPOINT_WIDGETS_FEED_OPTION     = 'standpoint_widgets_feed';
const STANDPOINT_WIDGETS_MODIFIED_OPTION = 'standpoint_widgets_feed_modified';
/** The widgets refuse larger feeds (feedLoaderOptions.maxBytes). */
const STANDPOINT_WIDGETS_MAX_FEED_BYTES = 2097152;
/** Readers' browsers and CDNs may keep the feed this long; a changed feed reaches everyone within it. */
const STANDPOINT_WIDGETS_FEED_MAX_AGE = 300;

/** The stored feed text, or '' when there is none. */
function standpoint_widgets_feed_text() {
	$text = get_option( STANDPOINT_WIDGETS_FEED_OPTION, '' );
	return is_string( $text ) ? $text : '';
}

/** The stored feed, decoded, or null. */
function standpoint_widgets_feed() {
	static $cache = array();
	$text = standpoint_widgets_feed_text();
	if ( '' === $text ) {
		return null;
	}
	$key = md5( $text );
	if ( ! array_key_exists( $key, $cache ) ) {
		$feed          = json_decode( $text, true );
		$cache[ $key ] = is_array( $feed ) ? $feed : null;
	}
	return $cache[ $key ];
}

/** The address of the site's own feed. */
function standpoint_widgets_feed_url() {
	return rest_url( 'standpoint/v1/feed' );
}

/** The feed's validator: a strong ETag of exactly the bytes served. */
function standpoint_widgets_feed_etag( $text ) {
	return '"' . sha1( $text ) . '"';
}

/**
 * What stops the widgets from showing a feed at all, in the checker's
 * terms: not JSON, not a JSON Feed object, no `version`, no item to show.
 * The settings page runs the full checker of the embed builder in the
 * browser (every problem with its line and fix) before it sends anything;
 * this is the same verdict on the server, for a request that did not go
 * through it.
 *
 * @param string $text The feed as written.
 * @return string[] Messages, empty when the widgets can show the feed.
 */
function standpoint_widgets_check_feed( $text ) {
	if ( strlen( $text ) > STANDPOINT_WIDGETS_MAX_FEED_BYTES ) {
		/* translators: %s: the largest size of a feed, e.g. "2 MB" */
		return array( sprintf( __( 'The feed is larger than %s; the widgets refuse it.', 'standpoint-widgets' ), size_format( STANDPOINT_WIDGETS_MAX_FEED_BYTES ) ) );
	}
	$feed = json_decode( $text, true, 512 );
	if ( JSON_ERROR_NONE !== json_last_error() ) {
		return array( __( 'The feed is not valid JSON: look for a missing or extra comma, a quote or bracket that is not closed, or single quotes where JSON needs double ones.', 'standpoint-widgets' ) );
	}
	if ( ! is_array( $feed ) || standpoint_widgets_is_list( $feed ) ) {
		return array( __( 'The feed must be one JSON object, { … }, holding "version" and "items".', 'standpoint-widgets' ) );
	}
	$problems = array();
	if ( ! isset( $feed['version'] ) ) {
		$problems[] = __( 'The feed must say which JSON Feed version it is: add "version": "https://jsonfeed.org/version/1.1".', 'standpoint-widgets' );
	} elseif ( ! in_array( $feed['version'], array( 'https://jsonfeed.org/version/1.1', 'https://jsonfeed.org/version/1' ), true ) ) {
		$problems[] = __( '"version" must be exactly "https://jsonfeed.org/version/1.1" (or "https://jsonfeed.org/version/1" for JSON Feed 1.0).', 'standpoint-widgets' );
	}
	if ( ! isset( $feed['items'] ) || ! is_array( $feed['items'] ) || ! standpoint_widgets_is_list( $feed['items'] ) ) {
		$problems[] = __( 'The feed must have "items", the list of its entries: add "items": [ … ] with at least one item.', 'standpoint-widgets' );
	} elseif ( 0 === count( $feed['items'] ) ) {
		$problems[] = __( 'The feed has no item the widgets can show: add one to "items".', 'standpoint-widgets' );
	} else {
		// As the widgets do: an item without an id of its own would make a
		// widget quietly show another item, so it stops the feed.
		$seen = array();
		foreach ( $feed['items'] as $item ) {
			$id = is_array( $item ) && isset( $item['id'] ) && ( is_string( $item['id'] ) || is_int( $item['id'] ) ) ? (string) $item['id'] : null;
			if ( null === $id ) {
				$problems[] = __( 'Every item needs an "id" that no other item has: add one, such as "id": "standpoint-2025".', 'standpoint-widgets' );
				break;
			}
			if ( isset( $seen[ $id ] ) ) {
				$problems[] = __( 'Another item already has the same id: give each item an id of its own.', 'standpoint-widgets' );
				break;
			}
			$seen[ $id ] = true;
		}
	}
	return $problems;
}

/** `array_is_list()` arrived in PHP 8.1. */
function standpoint_widgets_is_list( array $value ) {
	return array() === $value || array_keys( $value ) === range( 0, count( $value ) - 1 );
}

/**
 * Stores a feed the checker accepts.
 *
 * @param string $text The feed as written.
 * @return string[] The problems that refused it; empty when stored.
 */
function standpoint_widgets_store_feed( $text ) {
	$problems = standpoint_widgets_check_feed( $text );
	if ( $problems ) {
		return $problems;
	}
	// Not autoloaded: only the feed endpoint and pages with a widget read it.
	update_option( STANDPOINT_WIDGETS_FEED_OPTION, $text, false );
	update_option( STANDPOINT_WIDGETS_MODIFIED_OPTION, time(), false );
	return array();
}

/** Registers GET /wp-json/standpoint/v1/feed. */
function standpoint_widgets_register_feed_route() {
	register_rest_route(
		'standpoint/v1',
		'/feed',
		array(
			'methods'             => WP_REST_Server::READABLE,
			'callback'            => 'standpoint_widgets_feed_response',
			// The feed is public: the widgets on any site read it.
			'permission_callback' => '__return_true',
		)
	);
}

/**
 * The feed's response: its status and headers. The body is written by
 * standpoint_widgets_serve_feed(), as stored, not re-encoded.
 *
 * @param WP_REST_Request $request The request.
 * @return WP_REST_Response|WP_Error
 */
function standpoint_widgets_feed_response( $request ) {
	$text = standpoint_widgets_feed_text();
	if ( '' === $text ) {
		return new WP_Error( 'standpoint_no_feed', __( 'This site hosts no standpoint feed yet.', 'standpoint-widgets' ), array( 'status' => 404 ) );
	}
	$etag     = standpoint_widgets_feed_etag( $text );
	$modified = (int) get_option( STANDPOINT_WIDGETS_MODIFIED_OPTION, 0 );
	$matches  = array_map( 'trim', explode( ',', (string) $request->get_header( 'if_none_match' ) ) );
	$fresh    = in_array( $etag, $matches, true ) || in_array( 'W/' . $etag, $matches, true ) || in_array( '*', $matches, true );

	$response = new WP_REST_Response( $fresh ? null : $text, $fresh ? 304 : 200 );
	$response->header( 'ETag', $etag );
	$response->header( 'Cache-Control', 'public, max-age=' . STANDPOINT_WIDGETS_FEED_MAX_AGE );
	if ( $modified > 0 ) {
		$response->header( 'Last-Modified', gmdate( 'D, d M Y H:i:s', $modified ) . ' GMT' );
	}
	$response->header( 'Content-Type', 'application/feed+json; charset=utf-8' );
	$response->header( 'X-Content-Type-Options', 'nosniff' );
	return $response;
}

/**
 * Writes the feed itself instead of WordPress's JSON encoding of it, and
 * opens it to every origin without credentials (WordPress would echo the
 * origin and allow credentials).
 *
 * @param bool             $served  Whether the response was already served.
 * @param WP_HTTP_Response $result  The response.
 * @param WP_REST_Request  $request The request.
 * @return bool
 */
function standpoint_widgets_serve_feed( $served, $result, $request ) {
	if ( $served || '/standpoint/v1/feed' !== $request->get_route() || $result->is_error() ) {
		return $served;
	}
	header( 'Access-Control-Allow-Origin: *' );
	header_remove( 'Access-Control-Allow-Credentials' );
	header( 'Access-Control-Expose-Headers: ETag, Last-Modified' );
	if ( 304 === $result->get_status() ) {
		status_header( 304 );
		return true;
	}
	if ( 'HEAD' !== $request->get_method() ) {
		echo $result->get_data(); // phpcs:ignore WordPress.Security.EscapeOutput -- the feed is JSON served as application/feed+json with nosniff, exactly as stored.
	}
	return true;
}
