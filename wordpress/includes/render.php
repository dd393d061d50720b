<?php
/**
 * The block `standpoint/widget` and the shortcode `[standpoint]`: both
 * render the same element on the server, from the same attribute names, so
 * only a block comment or a shortcode is stored in the post and kses has
 * nothing to remove whoever saves it.
 *
 * @package StandpointWidgets
 */

defined( 'ABSPATH' ) || exit;

/** Registers the dynamic block from block.json. */
function standpoint_widgets_register_block() {
	register_block_type(
		STANDPOINT_WIDGETS_DIR . 'block',
		array( 'render_callback' => 'standpoint_widgets_render_block' )
	);
	wp_set_script_translations( 'standpoint-widget-editor-script', 'standpoint-widgets', STANDPOINT_WIDGETS_DIR . 'languages' );
}

/**
 * The site feed's items as the editor offers them: id and title.
 *
 * @return array<int, array{id: string, title: string}>
 */
function standpoint_widgets_feed_items() {
	$feed  = standpoint_widgets_feed();
	$items = array();
	if ( $feed && isset( $feed['items'] ) && is_array( $feed['items'] ) ) {
		foreach ( $feed['items'] as $item ) {
			if ( is_array( $item ) && isset( $item['id'] ) && is_scalar( $item['id'] ) ) {
				$items[] = array(
					'id'    => (string) $item['id'],
					'title' => isset( $item['title'] ) && is_string( $item['title'] ) ? $item['title'] : (string) $item['id'],
				);
			}
		}
	}
	return $items;
}

/** What the editor script needs to know: the widgets, the site's feed, where to add one. */
function standpoint_widgets_editor_config() {
	$elements = standpoint_widgets_elements();
	$config   = array(
		'widgets'     => $elements['widgets'],
		'feedUrl'     => standpoint_widgets_feed_url(),
		'hasFeed'     => '' !== standpoint_widgets_feed_text(),
		'items'       => standpoint_widgets_feed_items(),
		'settingsUrl' => current_user_can( 'manage_options' ) ? admin_url( 'options-general.php?page=standpoint-widgets' ) : '',
	);
	wp_add_inline_script( 'standpoint-widget-editor-script', 'window.standpointWidgetsEditor = ' . wp_json_encode( $config ) . ';', 'before' );
}
add_action( 'enqueue_block_editor_assets', 'standpoint_widgets_editor_config' );

/**
 * The live preview needs the widgets where the block is drawn: the editor's
 * canvas (an iframe in newer WordPress, which takes the assets of this hook).
 * On the front end a page asks for the bundle only when it shows a widget.
 */
function standpoint_widgets_editor_canvas_bundle() {
	if ( is_admin() ) {
		wp_enqueue_script( STANDPOINT_WIDGETS_SCRIPT );
	}
}
add_action( 'enqueue_block_assets', 'standpoint_widgets_editor_canvas_bundle' );

/**
 * One attribute value as the element takes it, or null to leave it out.
 *
 * @param string $name  The attribute's name.
 * @param string $type  Its type in the element table: boolean, number or string.
 * @param mixed  $value The value from the block or shortcode.
 * @return string|true|null True for a bare boolean attribute.
 */
function standpoint_widgets_attribute_value( $name, $type, $value ) {
	if ( null === $value || '' === $value || ( is_string( $value ) && '' === trim( $value ) ) ) {
		return 'networks' === $name && '' === $value ? '' : null;
	}
	if ( 'boolean' === $type ) {
		if ( is_string( $value ) ) {
			$value = ! in_array( strtolower( trim( $value ) ), array( 'false', '0', 'no', 'off' ), true );
		}
		return $value ? true : null;
	}
	if ( 'number' === $type ) {
		return is_numeric( $value ) ? (string) ( 0 + $value ) : null;
	}
	if ( is_bool( $value ) || is_array( $value ) ) {
		return null;
	}
	return trim( (string) $value );
}

/**
 * The standpoint's title and address for the fallback link, from the
 * site's own feed (the item the widget shows), else the feed's home page.
 *
 * @param string $src  The widget's feed address.
 * @param string $item The item id, or ''.
 * @param string $lang The widget's language, or '' for the site's.
 * @return array{title: string, url: string}|null
 */
function standpoint_widgets_fallback( $src, $item, $lang ) {
	if ( $src !== standpoint_widgets_feed_url() ) {
		return null;
	}
	$feed = standpoint_widgets_feed();
	if ( ! $feed || ! isset( $feed['items'] ) || ! is_array( $feed['items'] ) ) {
		return null;
	}
	$chosen = null;
	foreach ( $feed['items'] as $candidate ) {
		if ( ! is_array( $candidate ) ) {
			continue;
		}
		if ( '' === $item || ( isset( $candidate['id'] ) && (string) $candidate['id'] === $item ) ) {
			$chosen = $candidate;
			break;
		}
	}
	$title = '';
	$url   = '';
	if ( $chosen ) {
		$title       = isset( $chosen['title'] ) && is_string( $chosen['title'] ) ? $chosen['title'] : '';
		$url         = isset( $chosen['url'] ) && is_string( $chosen['url'] ) ? $chosen['url'] : '';
		$translation = standpoint_widgets_translation( $chosen, '' !== $lang ? $lang : get_locale() );
		if ( $translation && isset( $translation['title'] ) && is_string( $translation['title'] ) && '' !== $translation['title'] ) {
			$title = $translation['title'];
		}
	}
	if ( '' === $title && isset( $feed['title'] ) && is_string( $feed['title'] ) ) {
		$title = $feed['title'];
	}
	if ( '' === $url && isset( $feed['home_page_url'] ) && is_string( $feed['home_page_url'] ) ) {
		$url = $feed['home_page_url'];
	}
	return '' === $title ? null : array(
		'title' => $title,
		'url'   => $url,
	);
}

/**
 * The item's translation for a language, as the widgets choose it: the
 * exact tag first, then the same primary language (`uk-UA` finds `uk`).
 *
 * @param array  $item A feed item.
 * @param string $lang A language tag or a WordPress locale (`uk`, `en_US`).
 * @return array|null
 */
function standpoint_widgets_translation( array $item, $lang ) {
	if ( ! isset( $item['_standpoint']['translations'] ) || ! is_array( $item['_standpoint']['translations'] ) ) {
		return null;
	}
	$wanted  = strtolower( str_replace( '_', '-', $lang ) );
	$primary = strtok( $wanted, '-' );
	$found   = null;
	foreach ( $item['_standpoint']['translations'] as $tag => $translation ) {
		$tag = strtolower( (string) $tag );
		if ( ! is_array( $translation ) ) {
			continue;
		}
		if ( $tag === $wanted ) {
			return $translation;
		}
		if ( null === $found && strtok( $tag, '-' ) === $primary ) {
			$found = $translation;
		}
	}
	return $found;
}

/**
 * The element for a widget with its attributes and a fallback inside.
 *
 * @param array  $attributes Attribute names as the element writes them (`heading-level`).
 * @param string $wrapper    The opening tag of the block-level wrapper.
 * @return string HTML, or '' for an unknown widget.
 */
function standpoint_widgets_render( array $attributes, $wrapper ) {
	$widget = standpoint_widgets_widget( isset( $attributes['widget'] ) ? $attributes['widget'] : '' );
	if ( ! $widget ) {
		return current_user_can( 'edit_posts' )
			? '<p class="standpoint-widget-notice">' . esc_html__( 'Standpoint: choose a widget (statement, demands, counter, share, embed or related).', 'standpoint-widgets' ) . '</p>'
			: '';
	}
	$src = isset( $attributes['src'] ) && is_string( $attributes['src'] ) ? trim( $attributes['src'] ) : '';
	if ( '' === $src ) {
		$src = standpoint_widgets_feed_url();
	}
	$item = isset( $attributes['item'] ) && is_scalar( $attributes['item'] ) ? trim( (string) $attributes['item'] ) : '';

	$html = '<' . $widget['tag'];
	foreach ( $widget['attributes'] as $name => $type ) {
		if ( 'strings' === $name ) {
			continue; // Interface texts of one's own are for hand-written elements.
		}
		$value = 'src' === $name ? $src : standpoint_widgets_attribute_value( $name, $type, isset( $attributes[ $name ] ) ? $attributes[ $name ] : null );
		if ( null === $value ) {
			continue;
		}
		if ( true === $value ) {
			$html .= ' ' . $name;
		} elseif ( 'src' === $name ) {
			$html .= ' src="' . esc_url( $value ) . '"';
		} else {
			$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
	}
	$html .= '>';
	$lang     = isset( $attributes['lang'] ) && is_string( $attributes['lang'] ) ? trim( $attributes['lang'] ) : '';
	$fallback = standpoint_widgets_fallback( $src, $item, $lang );
	if ( $fallback ) {
		$text  = esc_html( $fallback['title'] );
		$html .= '' !== $fallback['url'] ? '<a href="' . esc_url( $fallback['url'] ) . '">' . $text . '</a>' : '<p>' . $text . '</p>';
	}
	$html .= '</' . $widget['tag'] . '>';

	standpoint_widgets_enqueue_bundle();
	return $wrapper . $html . '</div>';
}

/**
 * The block's render callback.
 *
 * @param array $attributes The block's attributes.
 * @return string
 */
function standpoint_widgets_render_block( $attributes ) {
	$classes = 'standpoint-widget';
	if ( isset( $attributes['widget'] ) && is_string( $attributes['widget'] ) ) {
		$classes .= ' standpoint-widget--' . sanitize_html_class( $attributes['widget'] );
	}
	return standpoint_widgets_render( (array) $attributes, '<div ' . get_block_wrapper_attributes( array( 'class' => $classes ) ) . '>' );
}

/**
 * `[standpoint widget="counter" src="…" lang="uk" /]`: the block's
 * attribute names; a bare name (`[standpoint widget="counter" list]`) turns
 * a boolean option on. Shortcodes run after wpautop, so nothing wraps the
 * output in paragraphs.
 *
 * @param array|string $atts The shortcode's attributes.
 * @return string
 */
function standpoint_widgets_shortcode( $atts ) {
	$attributes = array();
	foreach ( (array) $atts as $name => $value ) {
		if ( is_int( $name ) ) {
			$attributes[ strtolower( (string) $value ) ] = true;
		} else {
			$attributes[ strtolower( $name ) ] = $value;
		}
	}
	$classes = 'standpoint-widget';
	if ( isset( $attributes['widget'] ) && is_string( $attributes['widget'] ) ) {
		$classes .= ' standpoint-widget--' . sanitize_html_class( $attributes['widget'] );
	}
	return standpoint_widgets_render( $attributes, '<div class="' . esc_attr( $classes ) . '">' );
}
