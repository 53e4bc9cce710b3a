package io.github.dlckit.mock.engine.spot;

import io.github.dlckit.model.ResourceType;

/**
 * What the mock's market offers for one instance type in the served region: its resource type and the range its
 * market price moves in (R10).
 *
 * @param ecsSpec the instance type
 * @param resourceType ECS or LINGJUN
 * @param minPrice the floor of the market price, CNY per minute
 * @param maxPrice the ceiling of the market price, CNY per minute
 */
public record SpotOffer(String ecsSpec, ResourceType resourceType, double minPrice, double maxPrice) {
}
