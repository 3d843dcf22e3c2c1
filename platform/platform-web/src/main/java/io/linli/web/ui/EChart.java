package io.linli.web.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.function.IntConsumer;

/**
 * A chart drawn by Apache ECharts in the browser from an option object built on the server. The library is served
 * from its WebJar ({@code /webjars/echarts/…}) and loaded on first use, so no frontend build is needed; a click on
 * a bar or point calls back with its index along the x axis.
 */
public class EChart extends Div {

  static final String LIBRARY = "webjars/echarts/5.3.1/dist/echarts.common.min.js";

  private IntConsumer onClick = index -> { };

  public EChart(String height) {
    setWidthFull();
    setHeight(height);
    addClassName("linli-chart");
  }

  /** Draws {@code option} (see the ECharts option reference), replacing what was drawn. */
  public void draw(JsonObject option) {
    getElement().executeJs("""
        const el = this, option = JSON.parse($0), src = $1;
        const draw = () => {
          const chart = echarts.getInstanceByDom(el) || echarts.init(el);
          chart.setOption(option, true);
          chart.off('click');
          chart.on('click', p => el.$server.clicked(p.dataIndex));
          if (!el.linliResize) {
            el.linliResize = new ResizeObserver(() => chart.resize());
            el.linliResize.observe(el);
          }
        };
        if (window.echarts) { draw(); return; }
        let script = document.querySelector('script[data-echarts]');
        if (!script) {
          script = document.createElement('script');
          script.src = src;
          script.dataset.echarts = 'loading';
          document.head.appendChild(script);
        }
        script.addEventListener('load', draw);
        """, option.toString(), LIBRARY);
  }

  public void onClick(IntConsumer onClick) {
    this.onClick = onClick;
  }

  @ClientCallable
  private void clicked(int index) {
    onClick.accept(index);
  }

  /** Starts an option with what every chart of ours has: a tooltip, a legend and room for axis labels. */
  public static jakarta.json.JsonObjectBuilder option() {
    return Json.createObjectBuilder()
        .add("tooltip", Json.createObjectBuilder().add("trigger", "axis"))
        .add("legend", Json.createObjectBuilder().add("top", 0))
        .add("grid", Json.createObjectBuilder().add("left", 48).add("right", 48).add("top", 36).add("bottom", 32));
  }
}
