package org.bagyt.conduct.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.bagyt.conduct.AssociationNetwork;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Association network")
class NetworkApi {

  private final AssociationNetwork network;

  NetworkApi(AssociationNetwork network) {
    this.network = network;
  }

  @GetMapping("/api/v1/network")
  @Operation(summary = "The association network the caller may see (the whole service for analysts and headquarters; "
      + "links touching their facilities for governors), filtered by link kinds (comma-separated; none: all) and dates "
      + "(yyyy-mm-dd; links that held at some time between them): counts, communities, central members, and the ties "
      + "among the largest communities. 400 unknown-kind, bad dates")
  AssociationNetwork.View network(@RequestParam(required = false) List<String> kinds,
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    return network.view(NetworkParameters.filter(kinds, from, to));
  }

  @GetMapping("/api/v1/network/chain")
  @Operation(summary = "The shortest chain between prisoners a and b (id or number) in the same filtered network, each "
      + "step with its links; steps empty when they are not connected. 400 when either is missing or has no link shown")
  AssociationNetwork.Chain chain(@RequestParam(required = false) String a, @RequestParam(required = false) String b,
      @RequestParam(required = false) List<String> kinds, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    return network.chain(a, b, NetworkParameters.filter(kinds, from, to));
  }
}
