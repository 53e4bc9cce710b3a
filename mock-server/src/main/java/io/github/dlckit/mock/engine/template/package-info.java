/** Job templates and their versions. */
package io.github.dlckit.mock.engine.template;
