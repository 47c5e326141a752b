package dev.xborder.connector.shopee.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xborder.connector.ConnectorException;
import dev.xborder.connector.wire.WireJson;
import dev.xborder.core.ErrorCode;
import dev.xborder.core.order.Order;
import dev.xborder.core.order.OrderStatus;
import java.math.BigDecimal;
import java.time.Instant;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;

/**
 * get_order_detail entries shaped as the official API-doc sample (congminh1254/shopee-sdk
 * {@code schemas/v2.order.get_order_detail.json}: VN region, VND, floats in major units, unix
 * seconds), read through the connectors' shared mapper.
 */
class ShopeeOrderMapperTest {
    private final ShopeeOrderMapper mapper = new ShopeeOrderMapper("shopee", Monetary.getCurrency("VND"));

    private static JsonNode parse(String json) throws Exception {
        return WireJson.newMapper().readTree(json);
    }

    static final String SAMPLE = """
            {"order_sn":"201218V2Y6E59M","region":"VN","currency":"VND","cod":false,"total_amount":32119,
             "order_status":"READY_TO_SHIP","create_time":1607930885,"update_time":1608134691,
             "buyer_username":"Tom",
             "recipient_address":{"name":"Max","phone":"3828203","town":"","district":"Quan 1","city":"Ho Chi Minh",
               "state":"","region":"VN","zipcode":"700000","full_address":"1 Le Loi, Quan 1, Ho Chi Minh"},
             "item_list":[
               {"item_id":2600144043,"item_name":"backpack","item_sku":"sku","model_id":0,"model_name":"",
                "model_sku":"","model_quantity_purchased":1,"model_original_price":32119.0,"model_discounted_price":29000},
               {"item_id":2600144044,"item_name":"bundle","item_sku":"","model_id":7,"model_name":"red",
                "model_sku":"","model_quantity_purchased":2,"model_original_price":11.11,"model_discounted_price":0}
             ]}""";

    @Test
    void theDocumentedSampleMapsWithExactMoneyAndUnixSeconds() throws Exception {
        Order o = mapper.map(parse(SAMPLE));
        assertThat(o.marketplaceOrderId()).isEqualTo("201218V2Y6E59M");
        assertThat(o.currency().getCurrencyCode()).isEqualTo("VND");
        assertThat(o.total().orElseThrow().getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo("32119");
        assertThat(o.createdAt()).isEqualTo(Instant.ofEpochSecond(1607930885));
        assertThat(o.updatedAt()).isEqualTo(Instant.ofEpochSecond(1608134691));
        assertThat(o.status()).isEqualTo(OrderStatus.UNSHIPPED);
        assertThat(o.rawStatus()).isEqualTo("READY_TO_SHIP");
        assertThat(o.lines().get(0).sku().value()).isEqualTo("sku"); // item_sku when model_sku is empty
        assertThat(o.lines().get(0).unitPrice().getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo("29000");
        assertThat(o.shipTo().orElseThrow().city()).isEqualTo("Ho Chi Minh");
    }

    @Test
    void aBundleDealLineWithZeroDiscountedPriceUsesTheOriginalPriceExactly() throws Exception {
        Order o = mapper.map(parse(SAMPLE));
        var line = o.lines().get(1);
        assertThat(line.sku().value()).isEqualTo("2600144044:7"); // no SKU at all: item and model ids
        assertThat(line.quantity()).isEqualTo(2);
        assertThat(line.unitPrice().getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo("11.11")
                .isNotEqualByComparingTo(new BigDecimal(11.11));
        assertThat(line.title()).isEqualTo("bundle (red)");
    }

    @Test
    void anUnknownStatusMapsToUnknownAndAMissingCurrencyFallsBackToTheShops() throws Exception {
        Order o = mapper.map(parse("""
                {"order_sn":"X1","order_status":"LOST_IN_SPACE","create_time":1607930885,"update_time":1608134691,
                 "item_list":[]}"""));
        assertThat(o.status()).isEqualTo(OrderStatus.UNKNOWN);
        assertThat(o.rawStatus()).isEqualTo("LOST_IN_SPACE");
        assertThat(o.currency().getCurrencyCode()).isEqualTo("VND");
        assertThat(o.total()).isEmpty(); // unpaid orders carry no total_amount
    }

    @Test
    void aBrokenEntryIsABadResponseNamingTheOrderAndField() throws Exception {
        ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> mapper.map(parse("""
                {"order_sn":"X2","currency":"VND","order_status":"SHIPPED","create_time":1607930885,"update_time":1608134691,
                 "item_list":[{"item_id":1,"model_id":0,"model_quantity_purchased":0,"model_original_price":1}]}""")));
        assertThat(e.code()).isEqualTo(ErrorCode.CONNECTOR_BAD_RESPONSE);
        assertThat(e.getMessage()).contains("X2").contains("item_list[0].model_quantity_purchased");
        ConnectorException noTime = catchThrowableOfType(ConnectorException.class, () -> mapper.map(parse("""
                {"order_sn":"X3","currency":"VND","order_status":"SHIPPED","create_time":1607930885,"item_list":[]}""")));
        assertThat(noTime.getMessage()).contains("X3").contains("update_time");
    }
}
