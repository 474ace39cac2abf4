/**
 * The public REST API for exporters' own systems (DESIGN.md "The public API"): HTTP Basic, stateless, JSON,
 * RFC 7807 problem documents. It calls the same services as the UI, so the same roles and row rules apply.
 */
package com.tierline.api;
