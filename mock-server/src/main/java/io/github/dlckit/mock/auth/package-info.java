/** Request authentication: access keys, the two signature schemes (ACS3, ROA), nonces; knows nothing of jobs. */
package io.github.dlckit.mock.auth;
