/** Access tokens and the URLs the service hands out (dashboards, web terminals, shared TensorBoards). */
package io.github.dlckit.mock.engine.access;
