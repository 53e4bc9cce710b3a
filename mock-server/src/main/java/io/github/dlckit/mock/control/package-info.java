/** The control API (/mock/v1) as {@code MockControl}, embedded or over HTTP, and scenario files. */
package io.github.dlckit.mock.control;
