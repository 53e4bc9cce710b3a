/** JUnit 5 integration: the extension that starts a mock per test class and hands out SDK clients pointed at it. */
package io.github.dlckit.mock.junit;
