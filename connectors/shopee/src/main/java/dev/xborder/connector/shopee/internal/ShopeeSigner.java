package dev.xborder.connector.shopee.internal;

import dev.xborder.connector.Secret;
import dev.xborder.connector.http.ApiRequest;
import dev.xborder.connector.http.OutgoingRequest;
import dev.xborder.connector.http.RequestSigner;
import java.time.Clock;

/**
 * Adds Shopee's common parameters to each attempt, in the query string (also for POST; the body is
 * not signed): {@code timestamp} (unix seconds, fresh per attempt: Shopee
 * accepts 5 minutes), {@code access_token} for shop and merchant APIs, and {@code sign}
 * ({@code partner_id} and {@code shop_id}/{@code merchant_id} come from {@link #request}). The API kind follows from the path ({@link ShopeeSigning#kindOf}).
 * Thread-safe.
 */
public final class ShopeeSigner implements RequestSigner {
    private static final String USED = "shopee.tokenUsed";
    private static final String MANAGER = "shopee.tokenManager";

    private final long partnerId;
    private final Secret partnerKey;
    private final Clock clock;
    private final ShopeeTokenManager shopTokens;
    private final ShopeeTokenManager merchantTokens;

    /** {@code merchantTokens} may be null when the connector makes no merchant (global product) calls. */
    public ShopeeSigner(long partnerId, Secret partnerKey, Clock clock, ShopeeTokenManager shopTokens,
                        ShopeeTokenManager merchantTokens) {
        this.partnerId = partnerId;
        this.partnerKey = partnerKey;
        this.clock = clock;
        this.shopTokens = shopTokens;
        this.merchantTokens = merchantTokens;
    }

    @Override
    public void sign(OutgoingRequest request) {
        String path = request.path();
        ShopeeSigning.Kind kind = ShopeeSigning.kindOf(path);
        long ts = clock.instant().getEpochSecond();
        request.addPublicQuery("timestamp", Long.toString(ts));
        if (kind == ShopeeSigning.Kind.PUBLIC) {
            request.addQuery("sign", ShopeeSigning.sign(partnerKey.reveal(), kind, partnerId, path, ts, null, null));
            return;
        }
        ShopeeTokenManager m = kind == ShopeeSigning.Kind.MERCHANT ? merchantTokens : shopTokens;
        if (m == null) {
            throw new IllegalStateException("no merchant tokens configured for merchant API " + path);
        }
        Secret token = m.token();
        request.attributes().put(USED, token);
        request.attributes().put(MANAGER, m);
        request.addQuery("access_token", token.reveal());
        request.addQuery("sign", ShopeeSigning.sign(partnerKey.reveal(), kind, partnerId, path, ts, token.reveal(), m.ownerId()));
    }

    /**
     * A request builder with the identifying common parameters already in the query:
     * {@code partner_id}, and {@code shop_id} or {@code merchant_id} by the path's API kind (the
     * signer adds {@code timestamp}, {@code access_token} and {@code sign} per attempt).
     */
    public ApiRequest.Builder request(String operation, String method, String path) {
        ApiRequest.Builder b = ApiRequest.builder(operation, method, path).query("partner_id", Long.toString(partnerId));
        ShopeeSigning.Kind kind = ShopeeSigning.kindOf(path);
        if (kind == ShopeeSigning.Kind.SHOP) {
            b.query("shop_id", Long.toString(shopTokens.ownerId()));
        } else if (kind == ShopeeSigning.Kind.MERCHANT) {
            if (merchantTokens == null) {
                throw new IllegalStateException("no merchant tokens configured for merchant API " + path);
            }
            b.query("merchant_id", Long.toString(merchantTokens.ownerId()));
        }
        return b;
    }

    @Override
    public boolean onUnauthorized(OutgoingRequest rejected) {
        if (rejected.attributes().get(USED) instanceof Secret used
                && rejected.attributes().get(MANAGER) instanceof ShopeeTokenManager m) {
            m.invalidate(used);
            return true;
        }
        return false;
    }
}
