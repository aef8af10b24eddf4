"""Counts written with Chinese counters: "12 台 Rocky Linux 9 虚拟机", "三台 worker", "一共 8 台"."""

from __future__ import annotations

import re

# A Chinese numeral glued to a version is still a count: "k8s v1.23.10三节点"; an OS between the counter and the
# noun is not: "12 台 Rocky Linux 9 虚拟机"; an ECS instance is a machine: "两台ecs"; places between them count places
# ("三个机柜的服务器" is three racks).
COUNT_ZH = re.compile(r"((?<![A-Za-z\d._一二两三四五六七八九十百千])(?:\d{1,3}(?:[,，]\d{3})+|\d+)|"
                      r"(?<![一二两三四五六七八九十百千])[一二两三四五六七八九十百千]+)(?![\d.])(?![边侧端头地处方])"  # 两边节点: both sides
                      r"(?![GgMm](?:[Bb]|bps|bit|E)?(?![A-Za-z]))"  # a link's speed: "40G 网卡的物理机"
                      r"(?!\s*[cCgG]\d)\s*(?:多|余|来)?\s*(?:个|台|臺)?\s*(?:\d+\s*[cC]\s*\d+\s*[gG]\w?\s*(?:的)?\s*)?"
                      r"(?:[旧老新小大]\s*)?"  # an age or size before the model: "2 台旧 x86 小主机"
                      r"(?:(?:[A-Za-z][\w.-]*\s*[\d.]*\s*){0,3}(?:(?:(?!机柜|机架|机房|共|总)[\u4e00-\u9fff]){2,4}\s*\d{2,4}\s*)?"  # a model: 3台鲲鹏920物理机
                      r"(?:(?:(?!机柜|机架|机房|数据中心|可用区|门店|站点)[\u4e00-\u9fff]){0,4}?|不同的?[\u4e00-\u9fff]{0,5}的)"
                      r"(?:节点|服务器|机器|主机|虚拟机|虚机|物理机|树莓派(?:\s*[2-5][bB]?\+?(?![\d.]))?|工控机|裸机|开发板|机子)"
                      # the machines' networks counted, not the machines: "两个服务器 VLAN", "三个节点网段"
                      r"(?!\s*(?:vlan|VLAN|Vlan|网段|子网|机房|机柜))|(?<=台)\s*(?:(?:华为云|阿里云|腾讯云)\s*)?(?:ecs|ECS|cvm|CVM)\b)")
# Chinese counters before the English role or machine word: "1 台 server", "5 台 agent", "三台 worker", "10台VM".
# An architecture, vendor or system may sit between, with or without 的: "3 台 x86 的 master", "5 台鲲鹏 的 worker",
# "3 台 Ubuntu 23.04 VM".
COUNT_TAI = re.compile(r"(?<![A-Za-z\d.])(\d+|[一二两三四五六七八九十百]+)\s*[台个]\s*(?:k3s\s*|k8s\s*)?"
                       r"(?:(?:[A-Za-z][A-Za-z0-9_]{1,9}(?:\s*\d+(?:\.\d+)*)?|[\u4e00-\u9fff]{2,4})\s*的?\s*)?"
                       r"(?:agent|server|worker|master|node|vm|host|machine|instance|box)s?(?![A-Za-z0-9])",
                       re.I)
# two kinds counted before one noun: "6 Linux and 3 Windows Server 2022 workers", "4 x86 + 2 arm64 nodes"
KINDS_PAIR = re.compile(r"(?<![\w.])(\d{1,4})\s+(?:linux|windows|arm64|arm|amd64|x86|gpu|cpu)\s*(?:and|\+|,|&|plus)\s*(\d{1,4})\s+"
                        r"(?:linux|windows|arm64|arm|amd64|x86|gpu|cpu)\b[^.;!?]{0,30}?\b(?:nodes|workers|servers|machines|vms)\b", re.I)
# a total of machines with the counter alone: "一共 8 台；", "总共 12 台", or told by when: "现在 30 台，年底要到 80 台"
COUNT_TOTAL = re.compile(r"(?<!交换机)(?<!路由器)(?<!防火墙)(?<!网关)(?:一共|总共|共计|合计|总计|现在|目前|当前|眼下|年底|明年|后面|以后|将来)"
                         r"\s*(?:会|要|大概|大约|估计)?\s*(?:有|是|扩到|扩容到|增加到|到)?\s*(\d{1,3}(?:,\d{3})+|\d+|[一二两三四五六七八九十百]+)\s*台"
                         r"(?=\s*(?:[，,；;。.!！?？)）]|$|(?:机器|服务器|节点)))|"
                         r"(?<![\d.])(\d+)\s*台\s*(?=左右|上下|出头)|"
                         # the machines named before the counter: "裸金属 36 台 Ubuntu 22.04", "物理机共 12 台"
                         r"(?:裸金属|物理机|物理服务器|服务器|虚拟机|虚机|云主机|工控机)\s*(?:共|一共|总共)?\s*(?:有)?\s*(\d+|[一二两三四五六七八九十百]+)\s*台"
                         r"(?!\s*(?:交换机|路由器|防火墙|网关))|"
                         # one more part told with its place, after a counted first: "10 台 ECS，另外 6 台在 IDC" ("另外两台是 node" is the rest)
                         r"(?<=另外|还有|另有|外加|加上)\s*(\d+|[一二两三四五六七八九十百]+)\s*台(?=\s*(?:在|放在|位于|部署在|跑在))")
