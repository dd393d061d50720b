<?php
// php -S router: real files and folders as they are, everything else to WordPress (pretty permalinks).
$standpoint_path = urldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
if ( '/' !== $standpoint_path && file_exists( $_SERVER['DOCUMENT_ROOT'] . $standpoint_path ) ) {
	return false;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
