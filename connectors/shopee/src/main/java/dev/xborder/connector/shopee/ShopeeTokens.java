package dev.xborder.connector.shopee;

import dev.xborder.connector.Secret;
import dev.xborder.core.Checks;
import dev.xborder.core.InvalidInputException;
import java.time.Instant;

/**
 * A Shopee token pair as the platform issued it for one shop or merchant: the access token (valid
 * 4 hours) and the refresh token that replaces the one just used (Shopee refresh tokens are
 * single-use: once a refresh succeeded, only this new one works, for 30 days). {@link #toString()}
 * never shows the tokens. Immutable.
 *
 * @param owner          whose tokens these are ({@code SHOP} with the shop id, or {@code MERCHANT} with the merchant id)
 * @param ownerId        the shop id or merchant id
 * @param accessToken    the new access token
 * @param accessExpiresAt when the access token expires ({@code expire_in} after the refresh)
 * @param refreshToken   the new refresh token; the one used before is consumed
 * @param issuedAt       when the refresh answer arrived (the connector's clock)
 */
public record ShopeeTokens(Owner owner, long ownerId, Secret accessToken, Instant accessExpiresAt, Secret refreshToken,
                           Instant issuedAt) {
    /** Which kind of account a token pair belongs to. */
    public enum Owner {
        /** A shop: tokens for shop APIs (orders, logistics, shop-level products). */
        SHOP,
        /** A merchant (cross-border CNSC/KRSC main account): tokens for global product APIs. */
        MERCHANT
    }

    public ShopeeTokens {
        Checks.notNull(owner, "tokens.owner");
        if (ownerId <= 0) {
            throw new InvalidInputException("tokens.ownerId", ownerId, "must be positive");
        }
        Checks.notNull(accessToken, "tokens.accessToken");
        Checks.notNull(accessExpiresAt, "tokens.accessExpiresAt");
        Checks.notNull(refreshToken, "tokens.refreshToken");
        Checks.notNull(issuedAt, "tokens.issuedAt");
    }

    @Override
    public String toString() {
        return "ShopeeTokens[" + owner + " " + ownerId + ", access token (redacted) expires " + accessExpiresAt
                + ", refresh token (redacted), issued " + issuedAt + "]";
    }
}
