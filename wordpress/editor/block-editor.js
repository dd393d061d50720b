/**
 * The block's editor: a widget picker, the options in the sidebar and a
 * live preview of the real widget, from the plugin's own bundle and feed.
 * Plain JavaScript on WordPress's globals (wp.element, wp.components,
 * wp.i18n), so the plugin needs no build step. The options, their kinds and
 * their English labels come from elements.json (generated from the
 * library's manifest and the embed builder's option table); their Ukrainian
 * comes through wp.i18n from the plugin's translations, like every other
 * text here.
 */
( function ( wp, config ) {
	'use strict';
	if ( ! wp || ! config ) return;
	var el = wp.element.createElement;
	var Fragment = wp.element.Fragment;
	var __ = wp.i18n.__;
	var sprintf = wp.i18n.sprintf;
	var blockEditor = wp.blockEditor;
	var components = wp.components;
	var DOMAIN = 'standpoint-widgets';

	/** A text of elements.json ({ en, uk }), through the plugin's translations. */
	function text( pair ) {
		// Not a literal: the English comes from elements.json, and its Ukrainian is in the plugin's JSON translations (the build adds it).
		return pair ? __( pair.en, DOMAIN ) : '';
	}

	var NAMES = Object.keys( config.widgets );

	/** The attributes of the preview element: bare booleans, numbers as text, nothing for unset. */
	function previewAttributes( widget, attributes ) {
		var result = { src: attributes.src || config.feedUrl };
		Object.keys( widget.attributes ).forEach( function ( name ) {
			if ( name === 'src' || name === 'strings' || ! ( name in attributes ) ) return;
			var value = attributes[ name ];
			var type = widget.attributes[ name ];
			if ( value === undefined || value === null ) return;
			if ( type === 'boolean' ) {
				if ( value ) result[ name ] = '';
			} else if ( value !== '' || name === 'networks' ) {
				result[ name ] = String( value );
			}
		} );
		return result;
	}

	function optionControl( option, attributes, setAttributes ) {
		var name = option.name;
		var value = attributes[ name ];
		var label = text( option.label );
		var help = text( option.hint );
		var set = function ( next ) {
			var change = {};
			change[ name ] = next;
			setAttributes( change );
		};
		switch ( option.kind ) {
			case 'boolean':
				return el( components.ToggleControl, { key: name, label: label, help: help, checked: !! value, onChange: set } );
			case 'number':
				return el( components.TextControl, {
					key: name,
					label: label,
					help: help,
					type: 'number',
					min: option.min,
					max: option.max,
					placeholder: option.default === undefined ? '' : String( option.default ),
					value: value === undefined || value === null ? '' : String( value ),
					onChange: function ( next ) {
						set( next === '' ? undefined : Number( next ) );
					},
				} );
			case 'choice':
				return el( components.SelectControl, {
					key: name,
					label: label,
					help: help,
					value: value === undefined ? String( option.default ) : value,
					options: option.choices.map( function ( choice ) {
						return { value: choice.value, label: text( choice.label ) };
					} ),
					onChange: set,
				} );
			case 'set': {
				var ticked = ( value === undefined ? String( option.default || '' ) : String( value ) ).split( /\s+/ ).filter( Boolean );
				return el(
					'fieldset',
					{ key: name, className: 'standpoint-widget-set' },
					el( 'legend', null, label ),
					help ? el( 'p', { className: 'components-base-control__help' }, help ) : null,
					option.choices.map( function ( choice ) {
						return el( components.CheckboxControl, {
							key: choice.value,
							label: text( choice.label ),
							checked: ticked.indexOf( choice.value ) !== -1,
							onChange: function ( on ) {
								var next = option.choices
									.map( function ( each ) {
										return each.value;
									} )
									.filter( function ( each ) {
										return each === choice.value ? on : ticked.indexOf( each ) !== -1;
									} );
								set( next.join( ' ' ) );
							},
						} );
					} )
				);
			}
			default:
				return el( components.TextControl, { key: name, label: label, help: help, value: value || '', onChange: set } );
		}
	}

	function widgetChoices() {
		return NAMES.map( function ( name ) {
			return { value: name, label: text( config.widgets[ name ].title ) };
		} );
	}

	function Picker( props ) {
		return el(
			components.Placeholder,
			{
				icon: 'megaphone',
				label: __( 'Standpoint', DOMAIN ),
				instructions: __( 'Choose what this block shows. Every widget reads the same feed.', DOMAIN ),
				className: 'standpoint-widget-picker',
			},
			el(
				'ul',
				{ className: 'standpoint-widget-picker__list' },
				NAMES.map( function ( name ) {
					var widget = config.widgets[ name ];
					return el(
						'li',
						{ key: name },
						el(
							components.Button,
							{
								variant: 'secondary',
								className: 'standpoint-widget-picker__choice',
								'data-widget': name,
								onClick: function () {
									props.setAttributes( { widget: name } );
								},
							},
							el( 'strong', null, text( widget.title ) ),
							el( 'span', null, text( widget.description ) )
						)
					);
				} )
			)
		);
	}

	function FeedNotice( props ) {
		if ( props.attributes.src || config.hasFeed ) return null;
		return el(
			components.Notice,
			{ status: 'warning', isDismissible: false, className: 'standpoint-widget-notice' },
			__( 'This site hosts no standpoint feed yet.', DOMAIN ),
			' ',
			config.settingsUrl
				? el( 'a', { href: config.settingsUrl }, __( 'Add it under Settings → Standpoint feed', DOMAIN ) )
				: __( 'Ask an administrator to add it under Settings → Standpoint feed.', DOMAIN ),
			__( ', or give the address of a feed in the sidebar.', DOMAIN )
		);
	}

	function Sidebar( props ) {
		var attributes = props.attributes;
		var setAttributes = props.setAttributes;
		var widget = config.widgets[ attributes.widget ];
		return el(
			blockEditor.InspectorControls,
			null,
			el(
				components.PanelBody,
				{ title: __( 'Widget', DOMAIN ) },
				el( components.SelectControl, {
					label: __( 'Widget', DOMAIN ),
					value: attributes.widget || '',
					options: [ { value: '', label: __( '— Choose a widget —', DOMAIN ) } ].concat( widgetChoices() ),
					onChange: function ( next ) {
						setAttributes( { widget: next || undefined } );
					},
				} ),
				widget ? el( 'p', { className: 'components-base-control__help' }, text( widget.description ) ) : null
			),
			el(
				components.PanelBody,
				{ title: __( 'Feed and language', DOMAIN ), initialOpen: ! widget },
				el( components.TextControl, {
					label: __( 'Feed address', DOMAIN ),
					help: config.hasFeed
						? __( 'Leave empty to use this site’s own feed.', DOMAIN )
						: __( 'This site hosts no feed yet: give the address of one, or add it under Settings → Standpoint feed.', DOMAIN ),
					type: 'url',
					placeholder: config.feedUrl,
					value: attributes.src || '',
					onChange: function ( next ) {
						setAttributes( { src: next || undefined } );
					},
				} ),
				! attributes.src && config.items && config.items.length
					? el( components.SelectControl, {
							label: __( 'Item', DOMAIN ),
							help: __( 'Which standpoint of the feed this block shows.', DOMAIN ),
							value: attributes.item || '',
							options: [ { value: '', label: __( 'The first item', DOMAIN ) } ].concat(
								config.items.map( function ( item ) {
									return { value: item.id, label: item.title };
								} )
							),
							onChange: function ( next ) {
								setAttributes( { item: next || undefined } );
							},
					  } )
					: el( components.TextControl, {
							label: __( 'Item', DOMAIN ),
							help: __( 'The id of the feed item to show; empty shows the first.', DOMAIN ),
							value: attributes.item || '',
							onChange: function ( next ) {
								setAttributes( { item: next || undefined } );
							},
					  } ),
				el( components.SelectControl, {
					label: __( 'Language', DOMAIN ),
					value: attributes.lang || '',
					options: [
						{ value: '', label: __( 'The page’s language', DOMAIN ) },
						{ value: 'uk', label: 'Українська' },
						{ value: 'en', label: 'English' },
					],
					onChange: function ( next ) {
						setAttributes( { lang: next || undefined } );
					},
				} ),
				el( components.SelectControl, {
					label: __( 'Colours', DOMAIN ),
					value: attributes.theme || '',
					options: [
						{ value: '', label: __( 'The theme’s own font and colours', DOMAIN ) },
						{ value: 'light', label: __( 'Light', DOMAIN ) },
						{ value: 'dark', label: __( 'Dark', DOMAIN ) },
						{ value: 'auto', label: __( 'Follow the reader’s system', DOMAIN ) },
					],
					onChange: function ( next ) {
						setAttributes( { theme: next || undefined } );
					},
				} ),
				el( components.TextControl, {
					label: __( 'Refresh every (seconds)', DOMAIN ),
					help: __( '0 or empty: never. At least 30.', DOMAIN ),
					type: 'number',
					min: 0,
					value: attributes.refresh === undefined ? '' : String( attributes.refresh ),
					onChange: function ( next ) {
						setAttributes( { refresh: next === '' ? undefined : Number( next ) } );
					},
				} )
			),
			widget && widget.options.length
				? el(
						components.PanelBody,
						{ title: sprintf( __( '%s options', DOMAIN ), text( widget.title ) ) },
						widget.options.map( function ( option ) {
							return optionControl( option, attributes, setAttributes );
						} )
				  )
				: null
		);
	}

	function Edit( props ) {
		var attributes = props.attributes;
		var widget = config.widgets[ attributes.widget ];
		var blockProps = blockEditor.useBlockProps( { className: 'standpoint-widget' } );
		return el(
			'div',
			blockProps,
			el( Sidebar, props ),
			widget
				? el(
						Fragment,
						null,
						el( FeedNotice, props ),
						el( components.Disabled, null, el( widget.tag, previewAttributes( widget, attributes ) ) )
				  )
				: el( Picker, props )
		);
	}

	wp.blocks.registerBlockType( 'standpoint/widget', {
		title: __( 'Standpoint', DOMAIN ),
		description: __( 'A joint standpoint from a feed: its statement, demands, signatories, share card, all in one, or other materials.', DOMAIN ),
		edit: Edit,
		// Dynamic: the server renders it, so only the block comment is stored.
		save: function () {
			return null;
		},
		variations: NAMES.map( function ( name ) {
			var widget = config.widgets[ name ];
			return {
				name: name,
				title: text( widget.title ),
				description: text( widget.description ),
				attributes: { widget: name },
				scope: [ 'inserter', 'transform' ],
				isActive: function ( blockAttributes, variationAttributes ) {
					return blockAttributes.widget === variationAttributes.widget;
				},
			};
		} ),
	} );
} )( window.wp, window.standpointWidgetsEditor );
