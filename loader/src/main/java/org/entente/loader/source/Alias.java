package org.entente.loader.source;

import java.util.Optional;

/**
 * A row of aliases.csv: another name under which news text names an entity of the reference
 * tables (a metonym such as "the Kremlin" for Russia's government, an abbreviation, a plural or
 * synonym of an asset type). {@code kind} is state, organisation, actor, place or asset.
 */
public record Alias(String alias, String kind, String id, Optional<String> sourceUrl, String note, Origin origin) {
}
