/**
 * The transport: Jetty and WireMock, routing by method and path, signatures checked, errors rendered, control
 * routes.
 */
package io.github.dlckit.mock.http;
