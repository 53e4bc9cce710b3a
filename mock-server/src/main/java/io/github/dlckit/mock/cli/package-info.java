/** The standalone mock's command line: flags, scenario file, start and stop. */
package io.github.dlckit.mock.cli;
