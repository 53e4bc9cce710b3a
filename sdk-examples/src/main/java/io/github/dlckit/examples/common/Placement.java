package io.github.dlckit.examples.common;

import io.github.dlckit.model.CreateJobRequestUserVpc;

import java.util.Optional;

/**
 * Where jobs go besides the endpoint: the region (it also names the image registry), the workspace, and the VPC
 * that Lingjun jobs must give (R11).
 *
 * @param region the region id, e.g. {@code cn-wulanchabu}
 * @param workspaceId the workspace, when one was given
 * @param userVpc the VPC, vSwitch and security group, when given
 */
public record Placement(String region, Optional<String> workspaceId, Optional<CreateJobRequestUserVpc> userVpc) {
}
