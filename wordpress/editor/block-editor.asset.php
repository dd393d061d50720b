<?php
// The editor script's WordPress dependencies (what a build step would write); no build step is needed.
return array(
	'dependencies' => array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n' ),
	'version'      => '0.1.0',
);
