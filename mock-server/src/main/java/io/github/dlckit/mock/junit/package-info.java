/**
 * JUnit 5 integration: the extension that starts a mock per test class and hands out SDK clients pointed at it, and
 * the SDK's spot price source read from the mock. The one package of the mock that uses the SDK.
 */
package io.github.dlckit.mock.junit;
